using CrimePreventionAward.Web.Domain;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// Each route family gets the body it legitimately carries, checked before anything is read or buffered: a
/// declared length over the limit is refused at once; a streamed body is refused as soon as it passes the limit.
/// </summary>
public static class RequestLimits
{
    public const long JsonApiBytes = 256 * 1024;
    public const long FormBytes = 1024 * 1024;
    public const long UploadBytes = NominationForm.MaxAttachments * (long)NominationForm.MaxAttachmentBytes + FormBytes;

    public static long For(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<AcceptsUploadsAttribute>() is not null ? UploadBytes
        : ExceptionMapping.IsApi(http) ? JsonApiBytes
        : FormBytes;

    public static void UseRequestLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            await next(http);
            return;
        }
        if (request.ContentType is { } type && !KnownMediaType(type))
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }
        var limit = For(http);
        if (request.ContentLength > limit)
        {
            http.Response.Headers.Connection = "close"; // rather than reading and discarding the rest
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        // Our own count replaces the server's: it fails with a typed 413 wherever the body is read (binding swallows
        // the server's own limit failure as an I/O error and answers without a body).
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server) server.MaxRequestBodySize = null;
        request.Body = new LimitedBody(request.Body, limit);
        await next(http);
    });

    /// <summary>JSON is UTF-8 (RFC 8259); a charset no reader knows would otherwise fail deep inside binding.</summary>
    private static bool KnownMediaType(string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)) return false;
        if (!media.Charset.HasValue) return true;
        return media.Encoding is { } encoding && (!media.MediaType.Value!.Contains("json", StringComparison.OrdinalIgnoreCase)
            || encoding.CodePage == System.Text.Encoding.UTF8.CodePage);
    }

    private sealed class LimitedBody(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            Count(await inner.ReadAsync(buffer, ct));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        private int Count(int n)
        {
            read += n;
            return read > limit ? throw new PayloadTooLargeException() : n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
