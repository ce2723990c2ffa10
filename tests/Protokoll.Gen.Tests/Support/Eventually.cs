namespace Protokoll.Gen.Tests.Support;

/// <summary>
/// Bounded waits for things that become true "eventually" (a rebuild after a save, a line printed by a running
/// process): poll until the condition holds or the deadline passes, then fail with what was expected. The deadline
/// bounds a hang; it is not a performance assertion.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static T Get<T>(Func<T?> probe, string expectation, RunningCli? process = null)
        where T : class
    {
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Expected within {Deadline.TotalSeconds} s: {expectation}.{(process is null ? "" : "\n" + process.Describe())}");
            }

            Thread.Sleep(Interval);
        }
    }

    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string expectation, RunningCli? process = null)
        where T : class
    {
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Expected within {Deadline.TotalSeconds} s: {expectation}.{(process is null ? "" : "\n" + process.Describe())}");
            }

            await Task.Delay(Interval);
        }
    }
}
