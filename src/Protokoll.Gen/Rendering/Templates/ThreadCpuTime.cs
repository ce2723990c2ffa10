using System.Runtime.InteropServices;

namespace Protokoll.Gen.Rendering.Templates;

/// <summary>
/// The processor time the calling thread has used (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>,
/// <c>GetThreadTimes</c>). .NET has it only for the whole process, which on a busy build machine counts every other
/// page being rendered at the same time.
/// </summary>
internal static class ThreadCpuTime
{
    private const int LinuxThreadClock = 3;
    private const int MacThreadClock = 16;
    private const int FreeBsdThreadClock = 14;
    private const long TicksPerSecond = TimeSpan.TicksPerSecond;
    private const long NanosecondsPerTick = 100;
    private static readonly IntPtr CurrentThreadPseudoHandle = new(-2);

    /// <summary>
    /// The calling thread's user and system time so far, or null where the platform does not say (then callers fall
    /// back to wall-clock time).
    /// </summary>
    public static TimeSpan? Current()
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                // FILETIME values in 100-nanosecond units, which is what a TimeSpan tick is.
                var creation = new long[1];
                var exit = new long[1];
                var kernel = new long[1];
                var user = new long[1];
                return GetThreadTimes(CurrentThreadPseudoHandle, creation, exit, kernel, user)
                    ? TimeSpan.FromTicks(kernel[0] + user[0])
                    : null;
            }

            var clock = OperatingSystem.IsLinux() ? LinuxThreadClock
                : OperatingSystem.IsMacOS() ? MacThreadClock
                : OperatingSystem.IsFreeBSD() ? FreeBsdThreadClock
                : -1;
            // struct timespec is two C longs, which are 64 bits only in a 64-bit process on these systems.
            if (clock < 0 || !Environment.Is64BitProcess)
            {
                return null;
            }

            var timespec = new long[2];
            return ClockGetTime(clock, timespec) == 0
                ? TimeSpan.FromTicks((timespec[0] * TicksPerSecond) + (timespec[1] / NanosecondsPerTick))
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    // Arrays of longs are blittable and pinned for the call: no unsafe code and no marshalling stub.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clockId, long[] timespec);

    [DllImport("kernel32")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetThreadTimes(IntPtr thread, long[] creationTime, long[] exitTime, long[] kernelTime, long[] userTime);
}
