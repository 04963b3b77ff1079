extern alias SmtpServerLib;
using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServerLib::SmtpServer;
using SmtpServerLib::SmtpServer.ComponentModel;
using SmtpServerLib::SmtpServer.Protocol;
using SmtpServerLib::SmtpServer.Storage;

namespace CrimePreventionAward.Tests.Support;

/// <summary>A real SMTP server on a free local port that keeps what it receives, or refuses every message with a 554.</summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    public int Port { get; } = FreePort();
    public ConcurrentQueue<MimeMessage> Received { get; } = new();
    public volatile bool Refuse;

    /// <summary>How long the server takes to answer once it has stored a message (a slow server).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Called with each stored message before the server answers that it accepted it.</summary>
    public Action<MimeMessage>? Stored { get; set; }

    public TestSmtpServer()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        running = new SmtpServerLib::SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private int disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        stop.Cancel();
        try { running.Wait(TimeSpan.FromSeconds(5)); }
        catch (AggregateException) { /* cancelled on purpose */ }
        stop.Dispose();
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken ct)
        {
            if (server.Refuse) return new SmtpResponse(SmtpReplyCode.TransactionFailed, "Refused by the test server");
            using var stream = new MemoryStream(buffer.ToArray());
            var message = MimeMessage.Load(stream, ct);
            server.Received.Enqueue(message);
            server.Stored?.Invoke(message);
            if (server.Delay > TimeSpan.Zero) await Task.Delay(server.Delay, ct);
            return SmtpResponse.Ok;
        }
    }
}
