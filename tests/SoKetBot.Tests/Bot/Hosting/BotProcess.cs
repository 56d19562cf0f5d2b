using System.Diagnostics;
using SoKetBot.Bot.Hosting;

namespace SoKetBot.Tests.Bot.Hosting;

// The built bot, run as an administrator runs it, in Production; the test output folder has the plans and demo files it needs.
internal static class BotProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string dataFile, params string[] args) =>
        await RunAsync(dataFile, new Dictionary<string, string>(), stopWhen: null, args);

    /// <summary>Runs the bot until it exits, or until a line of its output satisfies <paramref name="stopWhen"/> (then kills it).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string dataFile, IDictionary<string, string> environment, Func<string, bool>? stopWhen, params string[] args)
    {
        using var process = new Process { StartInfo = CreateStartInfo(dataFile, environment, args) };
        var output = new System.Text.StringBuilder();
        var stopped = new TaskCompletionSource();
        void OnLine(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (stopWhen?.Invoke(line.Data) == true)
            {
                stopped.TrySetResult();
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await Task.WhenAny(process.WaitForExitAsync(timeout.Token), stopped.Task);
        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync(CancellationToken.None);
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    /// <summary>How the bot is started: <c>dotnet SoKetBot.Bot.dll args</c> in Production, with <paramref name="environment"/> on top.</summary>
    public static ProcessStartInfo CreateStartInfo(string dataFile, IDictionary<string, string> environment, IEnumerable<string> args)
    {
        var botDll = typeof(Commands).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(botDll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(botDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Storage__DataFile"] = dataFile;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
