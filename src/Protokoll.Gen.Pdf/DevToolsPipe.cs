using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipes;
using System.Text.Json;

namespace Protokoll.Gen.Pdf;

/// <summary>
/// Chromium's DevTools protocol over the pipe the browser opens with <c>--remote-debugging-pipe</c>: JSON messages,
/// each ended by a NUL byte, commands one way, answers and events the other. The browser reads commands on its
/// descriptor 3 and writes on 4 (on Windows, the two inherited handles named in <c>--remote-debugging-io-pipes</c>).
/// Only this process holds the other ends, so a host that dies takes its browser with it: the browser reads the end
/// of its commands and exits.
/// </summary>
/// <remarks>
/// protokoll needs a handful of commands (open a page, block requests, navigate, print, close), so it speaks the
/// protocol itself instead of through a browser-automation library: PuppeteerSharp and the WebDriver BiDi library it
/// brings were 64 % of the type data the standalone executable unpacks at every start (docs/performance.md).
/// </remarks>
internal sealed class DevToolsPipe : IDisposable
{
    private readonly Stream _toBrowser;
    private readonly Stream _fromBrowser;
    private readonly ConcurrentDictionary<int, (string Method, TaskCompletionSource<JsonElement> Answer)> _pending = new();
    private readonly ConcurrentDictionary<string, Action<DevToolsEvent>> _sessions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _lastId;

    private DevToolsPipe(Process process, Stream toBrowser, Stream fromBrowser)
    {
        Process = process;
        _toBrowser = toBrowser;
        _fromBrowser = fromBrowser;
    }

    /// <summary>The browser's main process.</summary>
    public Process Process { get; }

    /// <summary>Starts <paramref name="executable"/> with the pipe; <c>--remote-debugging-pipe</c> is added here.</summary>
    public static DevToolsPipe Start(string executable, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return OperatingSystem.IsWindows() ? StartWithHandles(start, executable, arguments) : StartWithDescriptors(start, executable, arguments);
    }

    /// <summary>
    /// .NET cannot hand a child a pipe at a chosen descriptor number, and a POSIX shell can only name descriptors 0–9,
    /// so the pipe travels as the shell's standard input and output, which it moves to 3 and 4 before it becomes the
    /// browser. The browser's own standard input and output are then empty.
    /// </summary>
    private static DevToolsPipe StartWithDescriptors(ProcessStartInfo start, string executable, IEnumerable<string> arguments)
    {
        start.FileName = "/bin/sh";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" 3<&0 4>&1 </dev/null >/dev/null");
        start.ArgumentList.Add(executable);
        AddAll(start.ArgumentList, arguments);
        start.ArgumentList.Add("--remote-debugging-pipe");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"'{executable}' could not be started.");
        return Started(process, process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
    }

    /// <summary>On Windows the browser takes the two pipe handles it inherits by value, named in a switch.</summary>
    private static DevToolsPipe StartWithHandles(ProcessStartInfo start, string executable, IEnumerable<string> arguments)
    {
        var toBrowser = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.Inheritable);
        var fromBrowser = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
        try
        {
            start.FileName = executable;
            AddAll(start.ArgumentList, arguments);
            start.ArgumentList.Add("--remote-debugging-pipe");
            start.ArgumentList.Add($"--remote-debugging-io-pipes={toBrowser.GetClientHandleAsString()},{fromBrowser.GetClientHandleAsString()}");
            var process = Process.Start(start) ?? throw new InvalidOperationException($"'{executable}' could not be started.");
            toBrowser.DisposeLocalCopyOfClientHandle();
            fromBrowser.DisposeLocalCopyOfClientHandle();
            process.StandardInput.Close();
            process.OutputDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            return Started(process, toBrowser, fromBrowser);
        }
        catch
        {
            toBrowser.Dispose();
            fromBrowser.Dispose();
            throw;
        }
    }

    private static DevToolsPipe Started(Process process, Stream toBrowser, Stream fromBrowser)
    {
        // The browser's log is not protokoll's: it is read and dropped so that it can never fill a pipe and stall it.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var pipe = new DevToolsPipe(process, toBrowser, fromBrowser);
        new Thread(pipe.ReadMessages) { IsBackground = true, Name = "DevTools pipe" }.Start();
        return pipe;
    }

    /// <summary>
    /// Sends one command and returns its result. A protocol error becomes an <see cref="IOException"/> naming the
    /// command, and so does the browser going away before it answered.
    /// </summary>
    public async Task<JsonElement> SendAsync(string method, Action<Utf8JsonWriter>? parameters = null, string? sessionId = null, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = (method, answer);
        if (_closed.Task.IsCompleted)
        {
            _pending.TryRemove(id, out _);
            throw ClosedError(method);
        }

        var message = Message(id, method, parameters, sessionId);
        try
        {
            await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // Disposed between the check above and here.
            _pending.TryRemove(id, out _);
            throw ClosedError(method);
        }

        try
        {
            // Not cancellable once begun: half a message would garble every command after it.
            await _toBrowser.WriteAsync(message, CancellationToken.None).ConfigureAwait(false);
            await _toBrowser.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            _pending.TryRemove(id, out _);
            Close();
            throw ClosedError(method);
        }
        finally
        {
            ReleaseWriting();
        }

        using (cancellationToken.Register(() =>
        {
            if (_pending.TryRemove(id, out var waiting))
            {
                waiting.Answer.TrySetCanceled(cancellationToken);
            }
        }))
        {
            return await answer.Task.ConfigureAwait(false);
        }
    }

    private void ReleaseWriting()
    {
        try
        {
            _writing.Release();
        }
        catch (ObjectDisposedException)
        {
            // Disposed while this command was being written; the pipe is closed and nothing waits for the lock.
        }
    }

    /// <summary>Routes the events of one page's session to <paramref name="handler"/>, on the pipe's reading thread.</summary>
    public void Subscribe(string sessionId, Action<DevToolsEvent> handler) => _sessions[sessionId] = handler;

    public void Unsubscribe(string sessionId) => _sessions.TryRemove(sessionId, out _);

    public void Dispose()
    {
        // Commands still waiting fail first; then closing our ends tells the browser to exit if it still runs.
        Close();
        _toBrowser.Dispose();
        _fromBrowser.Dispose();
        _writing.Dispose();
        Process.Dispose();
    }

    private static void AddAll(System.Collections.ObjectModel.Collection<string> list, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            list.Add(item);
        }
    }

    private static byte[] Message(int id, string method, Action<Utf8JsonWriter>? parameters, string? sessionId)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", id);
            writer.WriteString("method", method);
            if (sessionId is not null)
            {
                writer.WriteString("sessionId", sessionId);
            }

            writer.WriteStartObject("params");
            parameters?.Invoke(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        buffer.Write([(byte)0]);
        return buffer.WrittenSpan.ToArray();
    }

    private void ReadMessages()
    {
        var chunk = new byte[64 * 1024];
        var message = new ArrayBufferWriter<byte>(64 * 1024);
        try
        {
            int read;
            while ((read = _fromBrowser.Read(chunk, 0, chunk.Length)) > 0)
            {
                var rest = chunk.AsSpan(0, read);
                int end;
                while ((end = rest.IndexOf((byte)0)) >= 0)
                {
                    message.Write(rest[..end]);
                    Dispatch(message.WrittenSpan);
                    message.ResetWrittenCount();
                    rest = rest[(end + 1)..];
                }

                message.Write(rest);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The browser is gone, or this side was disposed: either way the pipe is over.
        }
        finally
        {
            Close();
        }
    }

    private void Dispatch(ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException)
        {
            // The browser writes nothing but JSON here; a broken message cannot be matched to anything.
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.TryGetProperty("id", out var idElement) && idElement.TryGetInt32(out var id))
            {
                if (_pending.TryRemove(id, out var waiting))
                {
                    if (root.TryGetProperty("error", out var error))
                    {
                        var text = error.TryGetProperty("message", out var m) ? m.GetString() : error.GetRawText();
                        waiting.Answer.TrySetException(new IOException($"The browser refused {waiting.Method}: {text}"));
                    }
                    else
                    {
                        waiting.Answer.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                    }
                }

                return;
            }

            if (root.TryGetProperty("method", out var method)
                && root.TryGetProperty("sessionId", out var session)
                && session.GetString() is { } sessionId
                && _sessions.TryGetValue(sessionId, out var handler))
            {
                var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
                try
                {
                    handler(new DevToolsEvent(method.GetString() ?? "", parameters));
                }
                catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    // An event of a shape the handler did not expect must not end this thread, and with it the process:
                    // the page it was for fails on its own time limit instead.
                }
            }
        }
    }

    private void Close()
    {
        if (!_closed.TrySetResult())
        {
            return;
        }

        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var waiting))
            {
                waiting.Answer.TrySetException(ClosedError(waiting.Method));
            }
        }
    }

    private static IOException ClosedError(string method) =>
        new($"The browser closed its DevTools pipe (it exited or crashed) before it answered {method}.");
}
