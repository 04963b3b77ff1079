using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// Static files fast on a phone: Brotli or gzip, and cached for a year when the link carries the file's hash
/// (<c>asp-append-version</c>), a month otherwise (fonts and images named by the design system's own package).
/// </summary>
public static class StaticAssets
{
    // Pages and API answers are left uncompressed: they carry anti-forgery and link tokens beside text a visitor
    // can choose, which compression would leak by size (BREACH). Static files hold no secret.
    private static readonly string[] CompressedTypes =
        ["text/css", "text/javascript", "application/javascript", "image/svg+xml", "font/ttf", "application/vnd.ms-fontobject"];

    public static void AddStaticAssetCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = CompressedTypes;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
    }

    public static void UseAwardStaticFiles(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers[HeaderNames.CacheControl] =
                ctx.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=2592000",
        });
    }
}
