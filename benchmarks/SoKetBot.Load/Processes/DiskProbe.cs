using System.Diagnostics;

namespace SoKetBot.Load.Processes;

/// <summary>
/// How long this machine's disk takes to flush a small write (8 KB, then fsync), measured where the data files go: the
/// bot's default durability flushes every turn's commit, so this bounds its turns per second on a shared disk.
/// </summary>
internal static class DiskProbe
{
    public static (double P50Ms, double P95Ms) FlushLatency(string folder, int writes = 100)
    {
        var file = Path.Combine(folder, "fsync-probe.bin");
        var block = new byte[8192];
        var times = new List<double>(writes);
        using (var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            for (var i = 0; i < writes; i++)
            {
                var started = Stopwatch.GetTimestamp();
                stream.Write(block);
                stream.Flush(flushToDisk: true);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        File.Delete(file);
        times.Sort();
        return (times[writes / 2], times[(int)(writes * 0.95)]);
    }
}
