using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Dossier.Nlp.Evaluation;

/// <summary>
/// CPU time of the calling thread, so a component's speed can be measured on a busy machine without
/// counting the time it waited for a core. On Linux it reads CLOCK_THREAD_CPUTIME_ID; elsewhere (or if
/// the call fails) it falls back to wall-clock time, and <see cref="IsThreadCpu"/> says so.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    public static bool IsThreadCpu { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Seconds of CPU the calling thread has used (or wall-clock seconds, see <see cref="IsThreadCpu"/>).</summary>
    public static double Now() =>
        IsThreadCpu && TryRead(out double seconds) ? seconds : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    private static bool TryRead(out double seconds)
    {
        seconds = 0;
        try
        {
            if (ClockGetTime(ClockThreadCpuTime, out var time) != 0) return false;
            seconds = time.Seconds + (time.Nanoseconds / 1e9);
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
