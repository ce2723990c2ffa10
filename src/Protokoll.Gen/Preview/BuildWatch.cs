using Protokoll.Gen.Rendering;

namespace Protokoll.Gen.Preview;

/// <summary>
/// Builds, then rebuilds after every settled change of the content folder and the templates folder, until
/// cancelled or until the caller stops it. Builds never overlap: changes made during a build start the next one.
/// </summary>
public static class BuildWatch
{
    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled (and then returns normally) or
    /// <paramref name="onBuilt"/> returns false.
    /// </summary>
    public static async Task RunAsync(BuildRequest request, Func<BuildRound, bool> onBuilt, CancellationToken cancellationToken)
    {
        // Watching starts before the first build, so an edit saved while it runs is not missed.
        using var watcher = new ChangeWatcher();
        watcher.Watch(request.ContentRoot);
        if (request.TemplatesFolder is { } templates)
        {
            watcher.Watch(templates);
        }

        IReadOnlyList<string> changes = [];
        try
        {
            for (var number = 1; ; number++)
            {
                var round = await BuildOnceAsync(request, number, changes, cancellationToken).ConfigureAwait(false);
                if (round.Outcome?.Analysis?.Content is { Settings.Templates: { } configured } content)
                {
                    watcher.Watch(Path.Combine(content.Root, configured));
                }

                if (!onBuilt(round))
                {
                    return;
                }

                changes = await watcher.NextBatchAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: stopping is the normal way out.
        }
    }

    private static async Task<BuildRound> BuildOnceAsync(BuildRequest request, int number, IReadOnlyList<string> changes, CancellationToken cancellationToken)
    {
        try
        {
            return new BuildRound(number, changes, await SiteBuild.RunAsync(request, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Another program (a virus scanner, an open file on Windows) held a file during the swap; the previous
            // output is still whole and the next change tries again.
            return new BuildRound(number, changes, null, exception.Message);
        }
    }
}
