using System.Collections.Concurrent;

namespace Protokoll.Gen.Preview;

/// <summary>
/// Watches folders (recursively) and hands out settled batches of changes. Editors save in bursts (a temp file,
/// a rename, a backup, a second write), so a batch ends only when the folders have been quiet for
/// <see cref="QuietPeriod"/>; a stream of writes that never pauses still yields a batch after <see cref="MaxDelay"/>,
/// so the preview never falls silent. Editor swap and temp files (<see cref="EditorFiles"/>) are not changes.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _changed = new();
    private readonly SemaphoreSlim _signal = new(0);
    private long _lastChangeTicks;
    private volatile bool _disposed;

    /// <summary>Starts watching <paramref name="folder"/> and everything below it; watching a folder twice is a no-op.</summary>
    public void Watch(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        lock (_watchers)
        {
            if (_watchers.ContainsKey(root) || !Directory.Exists(root))
            {
                return;
            }

            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Record(root, e.FullPath);
            watcher.Created += (_, e) => Record(root, e.FullPath);
            watcher.Deleted += (_, e) => Record(root, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                // A safe-write editor renames its temp file onto the real name: the new name is what matters,
                // but a real file renamed away (to a backup) is a change too.
                Record(root, e.FullPath);
                Record(root, e.OldFullPath);
            };
            // The watcher's buffer overflowed: some events are lost, so assume the folder changed.
            watcher.Error += (_, _) => Record(root, root);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(root, watcher);
        }
    }

    /// <summary>
    /// Waits for the next settled batch and returns the changed paths (full paths, distinct, in order of first
    /// change). Throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        var started = DateTime.UtcNow;
        while (true)
        {
            var now = DateTime.UtcNow;
            var quiet = now - new DateTime(Interlocked.Read(ref _lastChangeTicks), DateTimeKind.Utc);
            var waited = now - started;
            if (quiet >= QuietPeriod || waited >= MaxDelay)
            {
                break;
            }

            var remaining = QuietPeriod - quiet;
            await Task.Delay(remaining < MaxDelay - waited ? remaining : MaxDelay - waited, cancellationToken).ConfigureAwait(false);
        }

        while (_signal.CurrentCount > 0)
        {
            await _signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var batch = new List<string>();
        while (_changed.TryDequeue(out var path))
        {
            if (!batch.Contains(path, StringComparer.Ordinal))
            {
                batch.Add(path);
            }
        }

        return batch;
    }

    public void Dispose()
    {
        _disposed = true;
        lock (_watchers)
        {
            foreach (var watcher in _watchers.Values)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
        }

        _signal.Dispose();
    }

    private void Record(string root, string path)
    {
        if (_disposed || EditorFiles.IsIgnored(Path.GetRelativePath(root, path)))
        {
            return;
        }

        _changed.Enqueue(path);
        Interlocked.Exchange(ref _lastChangeTicks, DateTime.UtcNow.Ticks);
        try
        {
            _signal.Release();
        }
        catch (ObjectDisposedException)
        {
            // An event already in flight when the watcher was disposed: nobody waits for it any more.
        }
    }
}
