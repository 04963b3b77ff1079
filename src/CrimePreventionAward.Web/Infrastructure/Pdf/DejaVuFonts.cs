using PdfSharp.Fonts;

namespace CrimePreventionAward.Web.Infrastructure.Pdf;

/// <summary>
/// PDFsharp finds no fonts by itself on Linux: every document uses DejaVu Sans from Debian's fonts-dejavu-core
/// (æøå and names outside Latin-1 kept). Installed once per process, before the first font is made.
/// </summary>
public sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Directory = "/usr/share/fonts/truetype/dejavu";
    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is DejaVuFonts) return;
            GlobalFontSettings.FontResolver = new DejaVuFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(Directory, faceName + ".ttf");
        return File.Exists(path) ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"PDF font missing: install fonts-dejavu-core ({path}).", path);
    }
}
