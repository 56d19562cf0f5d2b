using System.Net.Sockets;
using System.Text;
using SoKetBot.Storage.Database;

namespace SoKetBot.Bot.Maintenance;

/// <summary>
/// The running bot's operator door: a Unix domain socket beside the data file ("&lt;data file&gt;.ctl", readable and writable by
/// the file's owner only) that answers one request a connection. The only request is <c>backup &lt;full path&gt;</c>, answered
/// <c>ok &lt;bytes&gt; &lt;pid&gt;</c> or <c>error &lt;why&gt;</c>: the bot holds the data file, so a command must ask it for a copy.
/// </summary>
internal sealed partial class ControlSocket(SoKetBotDatabase database, ILogger<ControlSocket> logger) : BackgroundService
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

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

    private async Task<string> AnswerAsync(string? request)
    {
        if (request is null || !request.StartsWith("backup ", StringComparison.Ordinal))
        {
            return "error The bot's control socket knows one request: backup <full path>.";
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup of the data file written to {Target} ({Bytes} bytes)")]
    private static partial void LogBackup(ILogger logger, string target, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backup of the data file to {Target} failed: {Reason}")]
    private static partial void LogBackupFailed(ILogger logger, string target, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No control socket at {Path} ({Reason}): backup works only while the bot is stopped")]
    private static partial void LogNoSocket(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A control socket request was not read: {Reason}")]
    private static partial void LogBrokenRequest(ILogger logger, string reason);
}
