using System.Diagnostics;
using Protokoll.Gen.Rendering.Templates;

namespace Protokoll.Gen.Tests.Rendering.Templates;

/// <summary>The thread clock the render budget reads: it runs while the thread computes and stands still while it waits.</summary>
public sealed class ThreadCpuTimeTests
{
    [Fact]
    public void The_thread_clock_is_there_on_the_systems_protokoll_runs_on()
    {
        Assert.NotNull(ThreadCpuTime.Current());
    }

    [Fact]
    public void The_thread_clock_advances_while_the_thread_computes()
    {
        var start = ThreadCpuTime.Current()!.Value;
        var wall = Stopwatch.StartNew();
        var spins = 0L;
        // However busy the machine, the thread gets some processor time in half a minute.
        while (ThreadCpuTime.Current()!.Value - start < TimeSpan.FromMilliseconds(20) && wall.Elapsed < TimeSpan.FromSeconds(30))
        {
            spins++;
        }

        Assert.True(ThreadCpuTime.Current()!.Value - start >= TimeSpan.FromMilliseconds(20), $"{spins} spins in {wall.Elapsed}");
    }

    [Fact]
    public void The_thread_clock_stands_still_while_the_thread_sleeps()
    {
        var start = ThreadCpuTime.Current()!.Value;

        Thread.Sleep(TimeSpan.FromMilliseconds(500));

        Assert.True(ThreadCpuTime.Current()!.Value - start < TimeSpan.FromMilliseconds(250));
    }
}
