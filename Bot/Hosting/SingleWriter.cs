using SoKetBot.Storage.Database;

namespace SoKetBot.Bot.Hosting;

/// <summary>Opens the data file before anything else does, so that a second bot or a command beside a running bot stops with one line.</summary>
internal static class SingleWriter
{
    /// <summary>
    /// Writes why to stderr, sets exit code 1 and disposes the app when another process has the data file; true when it refused.
    /// Not for the commands that work beside a running bot (<see cref="Commands.RunsBesideTheBot"/>).
    /// </summary>
    public static async Task<bool> RefusesSecondWriterAsync(this WebApplication app, string[] args)
    {
        if (Commands.RunsBesideTheBot(args))
        {
            return false;
        }

        try
        {
            _ = app.Services.GetRequiredService<SoKetBotDatabase>();
            return false;
        }
        catch (Exception exception) when (InUse(exception) is { } inUse)
        {
            await Console.Error.WriteLineAsync(inUse.Message);
            await app.DisposeAsync();
            Environment.ExitCode = 1;
            return true;
        }
    }

    private static DataFileInUseException? InUse(Exception? exception) =>
        exception is null ? null : exception as DataFileInUseException ?? InUse(exception.InnerException);
}
