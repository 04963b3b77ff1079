using System.IO.Compression;

namespace CrimePreventionAward.Web.Domain;

/// <summary>Decides a file's type from its first bytes (and, for Word, its zip entries) — never from its name.</summary>
public static class AttachmentType
{
    public const string Accept = ".pdf,.docx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string? Detect(byte[] content)
    {
        if (StartsWith(content, "%PDF-"u8)) return "application/pdf";
        if (StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (StartsWith(content, [0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (StartsWith(content, [0x50, 0x4B, 0x03, 0x04]) && IsWordDocument(content))
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        _ => ".docx",
    };

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> magic) => content.AsSpan().StartsWith(magic);

    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false; // not a readable zip, so not a Word document
        }
    }
}
