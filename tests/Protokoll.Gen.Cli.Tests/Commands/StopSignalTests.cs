using System.Runtime.InteropServices;
using Protokoll.Gen.Cli.Commands;

namespace Protokoll.Gen.Cli.Tests.Commands;

/// <summary>Ctrl-C and SIGTERM end <c>serve</c> and <c>build --watch</c> through a token, never through an exception.</summary>
public sealed class StopSignalTests
{
    [Fact]
    public void A_signal_cancels_the_token_and_keeps_the_process_alive()
    {
        using var stop = new StopSignal(CancellationToken.None);
        var context = new PosixSignalContext(PosixSignal.SIGTERM);

        stop.Stop(context);

        Assert.True(stop.Token.IsCancellationRequested);
        Assert.True(context.Cancel);
    }

    [Fact]
    public void A_signal_whose_handler_runs_after_the_command_ended_is_harmless()
    {
        var stop = new StopSignal(CancellationToken.None);
        stop.Dispose();

        var exception = Record.Exception(() => stop.Stop(new PosixSignalContext(PosixSignal.SIGTERM)));

        Assert.Null(exception);
    }
}
