using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace SoKetBot.Storage.Database;

/// <summary>The process that holds a data file's lock, as it wrote itself into the lock file.</summary>
/// <param name="ProcessId">The holder's process id.</param>
/// <param name="Name">The holder's process name and program, for example "dotnet SoKetBot.Bot".</param>
/// <param name="StartedAt">When the holder's process started (UTC).</param>
public sealed record LockHolder(int ProcessId, string Name, DateTime StartedAt)
{
    /// <summary>This process.</summary>
    public static LockHolder Current()
    {
        using var process = Process.GetCurrentProcess();
        var program = Assembly.GetEntryAssembly()?.GetName().Name;
        var name = program is null || program == process.ProcessName ? process.ProcessName : $"{process.ProcessName} {program}";
        return new LockHolder(Environment.ProcessId, name, process.StartTime.ToUniversalTime());
    }

    /// <summary>The lock file's text: one "key=value" a line.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture, $"pid={ProcessId}\nname={Name}\nstarted={StartedAt:O}\n");

    /// <summary>The holder a lock file names, or null when its text is not one (being written, or from something else).</summary>
    public static LockHolder? Parse(string text)
    {
        var values = text.Split('\n').Select(line => line.Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1].Trim());
        return values.TryGetValue("pid", out var pid) && int.TryParse(pid, CultureInfo.InvariantCulture, out var id)
            && values.TryGetValue("name", out var name)
            && values.TryGetValue("started", out var started) && DateTime.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? new LockHolder(id, name, at.ToUniversalTime())
            : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"process {ProcessId} ({Name}, started {StartedAt:yyyy-MM-dd HH:mm:ss} UTC)");
}
