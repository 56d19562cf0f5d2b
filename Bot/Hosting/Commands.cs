namespace SoKetBot.Bot.Hosting;

/// <summary>The bot's own administration commands, run instead of the server: <c>dotnet run --project Bot -- import units.csv</c>.</summary>
internal static class Commands
{
    public const string Usage = """
        SoKetBot: dotnet run --project Bot -- [command] [--Key=value ...]
          (no command)                       start the bot
          import <file.csv> [more.csv ...]   import units and officials from UTF-8 CSV files, units first;
                                             a file with any bad row imports nothing (exit code 1); a running bot
                                             imports them itself (through <data file>.ctl) and hashes the codes after
          reminders [--at yyyy-MM-ddTHH:mm]  preview the reminders a sweep would decide at that local time (plan's zone;
                                             default now), without recording or sending anything; then the reminder outbox
          audit [--account X] [--since yyyy-MM-dd] [--limit N]
                                             the audit log (sign-ins, links, failures, lock-outs, unlinks, sign-outs),
                                             newest first, times in UTC; --since is a UTC day; default limit 100
          unlink <channelId> <userId>        remove one channel account's link (the next message there asks for the code)
          unlink --account X                 remove all of X's links and end X's sessions on the page
          backup <file>                      a consistent copy of the data file; a running bot makes it (through
                                             <data file>.ctl) between two turns; restore: stop the bot, copy it back
          help                               show this list
        Configuration keys can follow as --Key=value, for example --Storage:DataFile=App_Data/soketbot.db.
        """;

    /// <summary>Whether <paramref name="args"/> name a command that works while a bot has the data file (it opens no database itself).</summary>
    public static bool RunsBesideTheBot(string[] args) => args.Length > 0 && args[0].ToLowerInvariant() is "help" or "backup" or "import";

    /// <summary>Runs the command named by <paramref name="args"/>, if any, and disposes the app; false when the server should start.</summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        var exitCode = Run(app.Services, args, Console.Out, Console.Error);
        if (exitCode is null)
        {
            return false;
        }

        // Disposing closes the data file cleanly (LiteDB checkpoints its log on dispose).
        await app.DisposeAsync();
        Environment.ExitCode = exitCode.Value;
        return true;
    }

    /// <summary>The exit code of the command in <paramref name="args"/>, or null when there is no command (start the server).</summary>
    public static int? Run(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        var operands = args.Skip(1).Where(arg => !arg.StartsWith("--", StringComparison.Ordinal)).ToList();
        switch (args[0].ToLowerInvariant())
        {
            case "help":
                output.WriteLine(Usage);
                return 0;
            case "import" when operands.Count > 0:
                return ImportCommand.Run(services, operands, output, error);
            case "reminders":
                return ReminderPreview.Run(services, args, output, error);
            case "audit":
                return AuditCommand.Run(services, args, output, error);
            case "unlink":
                return UnlinkCommand.Run(services, args, output, error);
            case "backup":
                return BackupCommand.Run(services, args, output, error);
            case "import":
                error.WriteLine("import needs at least one CSV file.");
                error.WriteLine(Usage);
                return 1;
            default:
                error.WriteLine($"Unknown command '{args[0]}'.");
                error.WriteLine(Usage);
                return 1;
        }
    }
}
