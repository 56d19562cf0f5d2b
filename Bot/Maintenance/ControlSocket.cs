using System.Net.Sockets;
using System.Text;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation.Import;

namespace SoKetBot.Bot.Maintenance;

/// <summary>
/// The running bot's operator door: a Unix domain socket beside the data file ("&lt;data file&gt;.ctl", readable and writable by
/// the file's owner only) that answers one request a connection: the bot holds the data file, so a command must ask it.
/// <c>backup &lt;full path&gt;</c> is answered <c>ok &lt;bytes&gt; &lt;pid&gt;</c>; <c>import &lt;full path&gt;</c> (one CSV file) is
/// answered <c>ok &lt;report&gt;</c> once the rows are stored, the access codes then hashed while the bot runs; a failure is
/// answered <c>error &lt;why&gt;</c> (for an import, every bad row on a line of its own).
/// </summary>
internal sealed partial class ControlSocket(SoKetBotDatabase database, OrganisationImporter importer, ILogger<ControlSocket> logger) : BackgroundService
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The control socket of <paramref name="dataFile"/>.</summary>
    public static string PathOf(string dataFile) => dataFile + ".ctl";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.DataFile == ":memory:" || !Socket.OSSupportsUnixDomainSockets)
        {
            return;
        }

        var path = PathOf(database.DataFile);
        Socket listener;
        try
        {
            listener = Listen(path);
        }
        catch (Exception exception) when (exception is SocketException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // The bot runs on without it; only a backup while it runs needs it.
            LogNoSocket(logger, path, exception.Message);
            return;
        }

        using (listener)
        {
            await ServeAllAsync(listener, path, stoppingToken);
        }
    }

    private async Task ServeAllAsync(Socket listener, string path, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                using var connection = await listener.AcceptAsync(stoppingToken);
                await ServeAsync(connection, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Only the data file's lock holder gets here, so a socket file left by a killed bot is stale. It is bound under another
    // name and made the owner's only before it is renamed into place: nobody can connect while it is still open to all.
    private static Socket Listen(string path)
    {
        var pending = path + ".new";
        File.Delete(pending);
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            listener.Bind(new UnixDomainSocketEndPoint(pending));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(pending, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            listener.Listen(4);
            File.Move(pending, path, overwrite: true);
            return listener;
        }
        catch
        {
            listener.Dispose();
            File.Delete(pending);
            throw;
        }
    }

    private async Task ServeAsync(Socket connection, CancellationToken stoppingToken)
    {
        await using var stream = new NetworkStream(connection);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            var request = await reader.ReadLineAsync(timeout.Token);
            await writer.WriteLineAsync(await AnswerAsync(request));
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            LogBrokenRequest(logger, exception.Message);
        }
    }

    /// <summary>The running bot's reply to <paramref name="request"/>, or null when no bot listens at <paramref name="socketPath"/>.</summary>
    public static string? Ask(string socketPath, string request)
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
        var reply = reader.ReadToEnd().TrimEnd('\n');
        return reply.Length > 0 ? reply : "error The bot closed the control socket without an answer.";
    }

    private async Task<string> AnswerAsync(string? request)
    {
        if (request is not null && request.StartsWith("import ", StringComparison.Ordinal))
        {
            return await Task.Run(() => Import(request["import ".Length..]));
        }

        if (request is null || !request.StartsWith("backup ", StringComparison.Ordinal))
        {
            return "error The bot's control socket knows two requests: backup <full path>, import <full path>.";
        }

        var target = request["backup ".Length..];
        try
        {
            var bytes = await Task.Run(() => database.Backup(target));
            LogBackup(logger, target, bytes);
            return $"ok {bytes} {Environment.ProcessId}";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            LogBackupFailed(logger, target, exception.Message);
            return "error " + exception.Message.ReplaceLineEndings(" ");
        }
    }

    // Answered once the rows are stored; the codes are hashed afterwards by AccessCodeHashing, while the bot serves.
    private string Import(string file)
    {
        var report = importer.Start(file);
        LogImport(logger, report.Succeeded ? report.ToString() : $"{file}: {report.Errors.Count} bad row(s), nothing imported");
        return (report.Succeeded ? "ok " : "error ") + report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import through the control socket: {Report}")]
    private static partial void LogImport(ILogger logger, string report);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup of the data file written to {Target} ({Bytes} bytes)")]
    private static partial void LogBackup(ILogger logger, string target, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backup of the data file to {Target} failed: {Reason}")]
    private static partial void LogBackupFailed(ILogger logger, string target, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No control socket at {Path} ({Reason}): backup works only while the bot is stopped")]
    private static partial void LogNoSocket(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A control socket request was not read: {Reason}")]
    private static partial void LogBrokenRequest(ILogger logger, string reason);
}
