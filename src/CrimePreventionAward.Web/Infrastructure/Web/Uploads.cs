using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Nominations;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// Posted files as uploads for a command; an empty file input (no file chosen) is skipped, and a file over the size
/// limit is passed on by its length only (the rules refuse it) instead of being read into memory.
/// </summary>
public static class Uploads
{
    public static async Task<IReadOnlyList<Upload>> ReadAsync(IEnumerable<IFormFile> files, CancellationToken ct)
    {
        var uploads = new List<Upload>();
        foreach (var file in files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            if (file.Length > NominationForm.MaxAttachmentBytes)
            {
                uploads.Add(new Upload(file.FileName, [], file.Length));
                continue;
            }
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            uploads.Add(new Upload(file.FileName, buffer.ToArray()));
        }
        return uploads;
    }
}
