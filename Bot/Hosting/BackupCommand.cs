using System.Net.Sockets;
using System.Text;
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
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromMinutes(10);

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

        if (Ask(ControlSocket.PathOf(dataFile), "backup " + target) is { } reply)
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

    // The bot's one-line reply, or null when no bot listens there.
    private static string? Ask(string socketPath, string request)
    {
        if (!Socket.OSSupportsUnixDomainSockets || !File.Exists(socketPath))
        {
            return null;
        }

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
        }
        catch (SocketException)
        {
            return null;
        }

        using var stream = new NetworkStream(socket) { ReadTimeout = (int)ReplyTimeout.TotalMilliseconds };
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(request);
        writer.Flush();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadLine() ?? "error The bot closed the control socket without an answer.";
    }
}
