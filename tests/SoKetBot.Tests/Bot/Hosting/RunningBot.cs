using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SoKetBot.Tests.Bot.Hosting;

/// <summary>
/// The built bot serving HTTP in its own process (see <see cref="BotProcess"/>) on a free loopback port, until disposed:
/// for what is read from the process's environment variables, which a test must never set in its own process.
/// </summary>
internal sealed partial class RunningBot : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningBot(ProcessStartInfo start)
    {
        process = new Process { StartInfo = start };
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
    }

    /// <summary>The bot's root, for example http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress => listening.Task.Result;

    /// <summary>Everything the process wrote so far (console log, simple format).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts the bot and waits until it listens (a minute at most).</summary>
    /// <exception cref="InvalidOperationException">The bot exited or did not listen in time; the message has its output.</exception>
    public static async Task<RunningBot> StartAsync(string dataFile, IDictionary<string, string> environment)
    {
        var start = BotProcess.CreateStartInfo(dataFile, environment, []);
        start.Environment["Urls"] = "http://127.0.0.1:0";
        var bot = new RunningBot(start);
        bot.process.Start();
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var exited = bot.process.WaitForExitAsync(timeout.Token);
        if (await Task.WhenAny(bot.listening.Task, exited) != bot.listening.Task)
        {
            await bot.DisposeAsync();
            throw new InvalidOperationException("The bot did not start listening:\n" + bot.Output);
        }

        return bot;
    }

    /// <summary>The bot's process id.</summary>
    public int ProcessId => process.Id;

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>SIGKILL, as a crash or an out-of-memory kill ends it: nothing of the bot runs after it. Waits until it is gone.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync(CancellationToken.None);
    }

    /// <summary>SIGTERM, as systemd or a container runtime stops it: the host shuts down gracefully. Waits (a minute at most) and returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(CancellationToken.None);
        process.Dispose();
    }

    private void OnLine(object sender, DataReceivedEventArgs line)
    {
        if (line.Data is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line.Data);
        }

        if (ListeningLine().Match(line.Data) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+?)/?$")]
    private static partial Regex ListeningLine();
}
