using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Protokoll.Gen.Preview;

/// <summary>
/// A small HTTP/1.1 server for the preview: GET and HEAD of the files of one site folder, and a Server-Sent Events
/// stream at <see cref="PreviewPage.EventsPath"/> announcing each build's number. It listens on 127.0.0.1 only and
/// answers only requests addressed to 127.0.0.1 or localhost (a web page elsewhere cannot reach it through a DNS
/// name that points here). One request per connection; pages are never cached, so a reload shows the latest build.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private static readonly TimeSpan HeadTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>How long to wait before looking for a missing file again: a build may be swapping the folder.</summary>
    private static readonly TimeSpan SwapRetryDelay = TimeSpan.FromMilliseconds(100);

    private const int MaxHeadBytes = 16 * 1024;

    private readonly TcpListener _listener;
    private readonly string _siteRoot;
    private readonly ConcurrentDictionary<Task, bool> _inFlight = new();
    private PreviewState _state = new(0, false, []);
    private TaskCompletionSource _nextState = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PreviewServer(TcpListener listener, string siteRoot)
    {
        _listener = listener;
        _siteRoot = siteRoot;
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    public Uri Address => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/"));

    /// <summary>
    /// Listens on 127.0.0.1:<paramref name="port"/> (0 for any free port) and serves <paramref name="siteRoot"/>.
    /// Throws <see cref="SocketException"/> when the port is taken or not allowed.
    /// </summary>
    public static PreviewServer Start(int port, string siteRoot)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return new PreviewServer(listener, Path.GetFullPath(siteRoot));
    }

    /// <summary>Makes <paramref name="state"/> the one served from now on and announces it to every open events stream.</summary>
    public void Publish(PreviewState state)
    {
        Volatile.Write(ref _state, state);
        Interlocked.Exchange(ref _nextState, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Accepts connections until cancelled, then waits for the open ones to end.</summary>
    public async Task ServeAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
                var handler = HandleAsync(client, cancellationToken);
                _inFlight.TryAdd(handler, true);
                _ = handler.ContinueWith(done => _inFlight.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping is the normal way out.
        }
        finally
        {
            _listener.Stop();
            await Task.WhenAll(_inFlight.Keys).ConfigureAwait(false);
        }
    }

    public void Dispose() => _listener.Dispose();

    private async Task HandleAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                if (await ReadHeadAsync(stream, cancellationToken).ConfigureAwait(false) is not { } head)
                {
                    await RespondAsync(stream, 400, "Bad Request", "text/plain; charset=utf-8", "Bad request.\n"u8.ToArray(), false, cancellationToken).ConfigureAwait(false);
                    return;
                }

                await DispatchAsync(stream, head, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The browser went away or the server is stopping: nothing to answer.
            }
        }
    }

    private async Task DispatchAsync(NetworkStream stream, RequestHead head, CancellationToken cancellationToken)
    {
        var headOnly = head.Method == "HEAD";
        if (head.Method != "GET" && !headOnly)
        {
            await RespondAsync(stream, 405, "Method Not Allowed", "text/plain; charset=utf-8", "Only GET and HEAD.\n"u8.ToArray(), false, cancellationToken, ("Allow", "GET, HEAD")).ConfigureAwait(false);
            return;
        }

        if (head.Host is { } host && !IsOwnHost(host))
        {
            await RespondAsync(stream, 400, "Bad Request", "text/plain; charset=utf-8", "This preview answers only to 127.0.0.1 and localhost.\n"u8.ToArray(), headOnly, cancellationToken).ConfigureAwait(false);
            return;
        }

        var path = head.Target.Split('?', 2)[0];
        if (path == PreviewPage.EventsPath)
        {
            await StreamEventsAsync(stream, headOnly, cancellationToken).ConfigureAwait(false);
            return;
        }

        var state = Volatile.Read(ref _state);
        var mapped = PreviewPaths.TryMap(head.Target, _siteRoot, out var file);
        if (mapped && !state.HasSite)
        {
            await RespondAsync(stream, 503, "Service Unavailable", ContentTypes.Html, Encoding.UTF8.GetBytes(PreviewPage.Placeholder(state)), headOnly, cancellationToken).ConfigureAwait(false);
            return;
        }

        for (var attempt = 0; mapped && attempt < 2; attempt++)
        {
            if (Directory.Exists(file))
            {
                var query = head.Target[path.Length..];
                await RespondAsync(stream, 301, "Moved Permanently", "text/plain; charset=utf-8", [], headOnly, cancellationToken, ("Location", path + "/" + query)).ConfigureAwait(false);
                return;
            }

            if (ReadLiveFile(file) is { } bytes)
            {
                var type = ContentTypes.Of(file);
                var body = type == ContentTypes.Html ? Encoding.UTF8.GetBytes(PreviewPage.Inject(Encoding.UTF8.GetString(bytes), state)) : bytes;
                await RespondAsync(stream, 200, "OK", type, body, headOnly, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (attempt == 0)
            {
                // A build swaps the output folder by two renames; in the instant between them nothing is there.
                await Task.Delay(SwapRetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }

        var notFound = PreviewPage.Inject("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found</title>\n</head>\n<body>\n<p>No such page in this build.</p>\n</body>\n</html>\n", state);
        await RespondAsync(stream, 404, "Not Found", ContentTypes.Html, Encoding.UTF8.GetBytes(notFound), headOnly, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Server-Sent Events: the current build number at once, then each new one as it is published (the page reloads
    /// when it differs from its own), and a comment now and then so a closed tab is noticed.
    /// </summary>
    private async Task StreamEventsAsync(NetworkStream stream, bool headOnly, CancellationToken cancellationToken)
    {
        var header = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(header), cancellationToken).ConfigureAwait(false);
        if (headOnly)
        {
            return;
        }

        await stream.WriteAsync("retry: 1000\n\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        var sent = -1;
        while (true)
        {
            // Read the signal before the state: a build published in between completes this signal, so it is not missed.
            var next = Volatile.Read(ref _nextState).Task;
            var state = Volatile.Read(ref _state);
            if (state.Build != sent)
            {
                sent = state.Build;
                await stream.WriteAsync(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"id: {sent}\ndata: {sent}\n\n")), cancellationToken).ConfigureAwait(false);
            }

            try
            {
                await next.WaitAsync(KeepAlive, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                await stream.WriteAsync(": keep-alive\n\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The file's bytes from the live output folder, or null when it is not there (now).</summary>
    private static byte[]? ReadLiveFile(string path)
    {
        try
        {
            // FileShare.Delete: an open read must never stop the next build from swapping the folder.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            using var memory = new MemoryStream();
            file.CopyTo(memory);
            return memory.ToArray();
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private bool IsOwnHost(string host) =>
        string.Equals(host, string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}"), StringComparison.OrdinalIgnoreCase)
        || string.Equals(host, string.Create(CultureInfo.InvariantCulture, $"localhost:{Port}"), StringComparison.OrdinalIgnoreCase);

    private static async Task RespondAsync(NetworkStream stream, int status, string reason, string contentType, byte[] body, bool headOnly, CancellationToken cancellationToken, params (string Name, string Value)[] extraHeaders)
    {
        var header = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n")
            .Append("Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n");
        foreach (var (name, value) in extraHeaders)
        {
            header.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(header.Append("\r\n").ToString()), cancellationToken).ConfigureAwait(false);
        if (!headOnly)
        {
            await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The request line and Host header, or null for anything that is not a well-formed HTTP/1.x request head.</summary>
    private static async Task<RequestHead?> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HeadTimeout);
        var buffer = new byte[MaxHeadBytes];
        var length = 0;
        int end;
        while ((end = IndexOfBlankLine(buffer.AsSpan(0, length))) < 0)
        {
            if (length == buffer.Length)
            {
                return null;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), timeout.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            length += read;
        }

        var lines = Encoding.Latin1.GetString(buffer, 0, end).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var requestLine = lines[0].Split(' ');
        if (requestLine.Length != 3 || !requestLine[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
        {
            return null;
        }

        string? host = null;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                host = line[(colon + 1)..].Trim();
            }
        }

        return new RequestHead(requestLine[0], requestLine[1], host);
    }

    private static int IndexOfBlankLine(ReadOnlySpan<byte> data)
    {
        var crlf = data.IndexOf("\r\n\r\n"u8);
        var lf = data.IndexOf("\n\n"u8);
        return crlf >= 0 && (lf < 0 || crlf < lf) ? crlf : lf;
    }

    private sealed record RequestHead(string Method, string Target, string? Host);
}
