using System.Runtime.InteropServices;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM as a cancellation token, for the commands that run until stopped (<c>serve</c>,
/// <c>build --watch</c>). The signal is taken over, not passed on, so the command can finish: close the server,
/// remove its temporary folder and exit with 0. (System.CommandLine's own handling applies only to asynchronous
/// invocation, which the other commands do not use.)
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public StopSignal(CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
    }

    /// <summary>What a signal does: cancels <see cref="Token"/> instead of ending the process.</summary>
    internal void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // System.CommandLine registers SIGTERM too for asynchronous commands and cancels the parent token. The
            // runtime calls a signal's handlers one after the other on a thread of its own, and disposing a
            // registration does not withdraw a call already under way: `serve` could end and dispose this before its
            // turn came, and the standalone executable aborted with exit 134 instead of 0 (once in CI). The command
            // has stopped; there is nothing left to cancel.
        }
    }
}
