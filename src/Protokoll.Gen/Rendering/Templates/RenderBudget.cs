using System.Diagnostics;

namespace Protokoll.Gen.Rendering.Templates;

/// <summary>
/// How long one page's template may compute: <see cref="Limit"/> of the rendering thread's processor time, so that a
/// build machine busy with other work (a CI runner at load 60, a laptop compiling) slows a page down without failing
/// it. A page that waits without computing is bounded by the wall-clock <see cref="Backstop"/>, and where the platform
/// gives no thread time, wall-clock time stands in for processor time.
/// </summary>
/// <remarks>Created and checked on the thread that renders the page: the processor time read is that thread's.</remarks>
internal sealed class RenderBudget
{
    /// <summary>How many times the processor-time limit the wall clock allows.</summary>
    public const int BackstopFactor = 10;

    private readonly Func<TimeSpan> _wallElapsed;
    private readonly Func<TimeSpan?> _cpuElapsed;

    public RenderBudget(TimeSpan limit)
        : this(limit, WallClockFromNow(), ThreadCpuFromNow())
    {
    }

    /// <param name="limit">Processor time allowed.</param>
    /// <param name="wallElapsed">Wall-clock time since the page started.</param>
    /// <param name="cpuElapsed">The rendering thread's processor time since the page started, null where unknown.</param>
    public RenderBudget(TimeSpan limit, Func<TimeSpan> wallElapsed, Func<TimeSpan?> cpuElapsed)
    {
        Limit = limit;
        Backstop = limit * BackstopFactor;
        _wallElapsed = wallElapsed;
        _cpuElapsed = cpuElapsed;
    }

    public TimeSpan Limit { get; }

    public TimeSpan Backstop { get; }

    /// <summary>Why the page is to be stopped, as a finding says it, or null while it is within its budget.</summary>
    public string? Exceeded()
    {
        var wall = _wallElapsed();
        // A thread cannot compute for longer than it exists, so reading the thread's clock (a system call) only starts
        // to matter once the wall clock has passed the limit.
        if (wall < Limit)
        {
            return null;
        }

        if (wall >= Backstop)
        {
            return $"the template ran longer than {Backstop.TotalSeconds:0} s";
        }

        var cpu = _cpuElapsed() ?? wall;
        return cpu >= Limit ? $"the template computed for longer than {Limit.TotalSeconds:0} s of processor time" : null;
    }

    private static Func<TimeSpan> WallClockFromNow()
    {
        var started = Stopwatch.GetTimestamp();
        return () => Stopwatch.GetElapsedTime(started);
    }

    private static Func<TimeSpan?> ThreadCpuFromNow()
    {
        var started = ThreadCpuTime.Current();
        return () => started is { } start && ThreadCpuTime.Current() is { } now ? now - start : null;
    }
}
