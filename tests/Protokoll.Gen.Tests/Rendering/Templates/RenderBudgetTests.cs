using Protokoll.Gen.Rendering.Templates;

namespace Protokoll.Gen.Tests.Rendering.Templates;

/// <summary>
/// A page is stopped for computing too long, not for being slowed down by a busy machine: the budget is the
/// rendering thread's processor time, with the wall clock only as a backstop.
/// </summary>
public sealed class RenderBudgetTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private static RenderBudget At(double wallSeconds, double? cpuSeconds) =>
        new(Limit, () => TimeSpan.FromSeconds(wallSeconds), () => cpuSeconds is { } cpu ? TimeSpan.FromSeconds(cpu) : null);

    [Fact]
    public void A_page_slowed_by_a_busy_machine_is_not_stopped()
    {
        // 90 s on the wall clock, but the thread only got 5 s of processor time: other builds had the cores.
        Assert.Null(At(90, 5).Exceeded());
    }

    [Fact]
    public void A_page_that_computes_past_the_limit_is_stopped_and_told_so()
    {
        var reason = At(21, 20.5).Exceeded();

        Assert.Equal("the template computed for longer than 20 s of processor time", reason);
    }

    [Fact]
    public void A_page_within_the_limit_on_both_clocks_goes_on()
    {
        Assert.Null(At(19.9, 19.9).Exceeded());
    }

    [Fact]
    public void A_page_waiting_without_computing_is_stopped_by_the_wall_clock_backstop()
    {
        var reason = At(200, 0.1).Exceeded();

        Assert.Equal("the template ran longer than 200 s", reason);
        Assert.Equal(Limit * RenderBudget.BackstopFactor, new RenderBudget(Limit).Backstop);
    }

    [Fact]
    public void Without_a_thread_clock_the_wall_clock_stands_in()
    {
        Assert.Equal("the template computed for longer than 20 s of processor time", At(20, null).Exceeded());
        Assert.Null(At(19, null).Exceeded());
    }
}
