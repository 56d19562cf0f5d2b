using System.Globalization;
using SoKetBot.Storage.Audit;

namespace SoKetBot.Bot.Hosting;

/// <summary>The "audit" command: the audit log, newest first, one line per entry, times in UTC.</summary>
internal static class AuditCommand
{
    public const int DefaultLimit = 100;

    public static int Run(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var account = CommandArguments.Value(args, "--account")?.Trim().ToLowerInvariant();
        DateTime? since = null;
        if (CommandArguments.Value(args, "--since") is { } day)
        {
            if (!DateTime.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var from))
            {
                error.WriteLine($"'{day}' is not a day: write it like 2026-12-01 (UTC).");
                return 1;
            }

            since = from;
        }

        var limit = DefaultLimit;
        if (CommandArguments.Value(args, "--limit") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            error.WriteLine($"'{text}' is not a positive whole number for --limit.");
            return 1;
        }

        var entries = services.GetRequiredService<IAuditLog>().Newest(account, since, limit);
        foreach (var entry in entries)
        {
            output.WriteLine(Line(entry));
        }

        if (entries.Count == 0)
        {
            output.WriteLine("No audit entries.");
        }

        return 0;
    }

    public static string Line(AuditEntry entry)
    {
        var parts = new List<string> { entry.At.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), $"{entry.Kind,-12}", $"account={entry.Account ?? "-"}" };
        if (entry.ChannelId is { } channel)
        {
            parts.Add($"channel={channel}");
        }

        if (entry.UserId is { } user)
        {
            parts.Add($"user={user}");
        }

        if (entry.ClientAddress is { } address)
        {
            parts.Add($"address={address}");
        }

        if (entry.Detail is { } detail)
        {
            parts.Add($"({detail})");
        }

        return string.Join(' ', parts);
    }
}
