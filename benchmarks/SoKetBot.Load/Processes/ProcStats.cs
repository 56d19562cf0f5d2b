using System.Globalization;

namespace SoKetBot.Load.Processes;

/// <summary>What Linux says of a process: CPU time used (/proc/&lt;pid&gt;/stat) and peak resident memory (VmHWM in /proc/&lt;pid&gt;/status).</summary>
internal readonly record struct ProcStats(TimeSpan Cpu, long PeakResidentBytes)
{
    // USER_HZ: the unit of utime and stime; 100 on every Linux the .NET runtime supports.
    private const double TicksPerSecond = 100;

    public static ProcStats Of(int pid)
    {
        // Fields after the command name (which may hold spaces, in parentheses): utime and stime are fields 14 and 15.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var peak = 0L;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return new ProcStats(TimeSpan.FromSeconds(ticks / TicksPerSecond), peak);
    }
}
