using Microsoft.Extensions.Options;
using SoKetBot.Bot.Maintenance;
using SoKetBot.Storage.Database;

namespace SoKetBot.Bot.Hosting;

/// <summary>
/// <c>backup &lt;file&gt;</c>: a consistent copy of the data file. A running bot holds the file, so it is asked through its
/// control socket and makes the copy itself between two transactions; when no bot runs, the command takes the lock and copies.
/// </summary>
internal static class BackupCommand
{
    public static int Run(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var operands = CommandArguments.Operands(args);
        if (operands.Count != 1)
        {
            error.WriteLine("backup needs the file to write, for example: backup backups/soketbot-2026-12-04.db");
            return 1;
        }

        var target = Path.GetFullPath(operands[0]);
        var dataFile = services.GetRequiredService<IOptions<StorageOptions>>().Value.FullPathOf(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        if (dataFile == ":memory:")
        {
            error.WriteLine("Storage:DataFile is :memory:, which has no file to back up.");
            return 1;
        }

        if (ControlSocket.Ask(ControlSocket.PathOf(dataFile), "backup " + target) is { } reply)
        {
            var words = reply.Split(' ', 3);
            if (words is ["ok", var bytes, var pid])
            {
                output.WriteLine($"Backup of {dataFile} written to {target} ({bytes} bytes) by the running bot, process {pid}.");
                return 0;
            }

            error.WriteLine($"The running bot could not back up {dataFile}: {(words[0] == "error" ? reply["error ".Length..] : reply)}");
            return 1;
        }

        try
        {
            var bytes = services.GetRequiredService<SoKetBotDatabase>().Backup(target);
            output.WriteLine($"Backup of {dataFile} written to {target} ({bytes} bytes); no bot was running.");
            return 0;
        }
        catch (DataFileInUseException inUse)
        {
            error.WriteLine(inUse.Message + " Its control socket did not answer: it may be starting or stopping; try again.");
            return 1;
        }
    }
}
