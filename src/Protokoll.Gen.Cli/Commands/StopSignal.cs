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

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        _stop.Cancel();
    }
}
