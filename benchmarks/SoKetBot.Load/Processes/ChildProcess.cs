using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SoKetBot.Load.Processes;

/// <summary>
/// A server the benchmark starts in a process of its own (the bot, the SDK peer, the no-op host) on a free loopback port,
/// until disposed. Its output is drained (the last lines kept for errors), so that logging never blocks it.
/// </summary>
internal sealed partial class ChildProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastLines = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Servers and commands still running when the benchmark's process ends (an exception, Ctrl+C) end with it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Process, bool> Running = new();

    static ChildProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var process in Running.Keys)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    };

    private ChildProcess(ProcessStartInfo start)
    {
        process = new Process { StartInfo = start };
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
    }

    public Uri BaseAddress => listening.Task.Result;

    public int Id => process.Id;

    public ProcStats Stats => ProcStats.Of(process.Id);

    /// <summary>The last lines the process wrote.</summary>
    public string Output
    {
        get
        {
            lock (lastLines)
            {
                return string.Join('\n', lastLines);
            }
        }
    }

    /// <summary>Starts the server and waits (two minutes at most) for "Now listening on: http://…" (Kestrel's line; the peer writes the same).</summary>
    public static async Task<ChildProcess> StartAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var child = new ChildProcess(start);
        child.process.Start();
        Running.TryAdd(child.process, true);
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var exited = child.process.WaitForExitAsync(timeout.Token);
        if (await Task.WhenAny(child.listening.Task, exited) != child.listening.Task)
        {
            var output = child.Output;
            await child.DisposeAsync();
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not start listening:\n{output}");
        }

        return child;
    }

    /// <summary>Runs a command to its end (an administrator's command: import); its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        Running.TryAdd(process, true);
        using var forget = new Forget(process);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>SIGTERM, as systemd stops a service (the bot checkpoints and closes its file); then waits for the exit.</summary>
    public async Task StopAsync()
    {
        if (!process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(CancellationToken.None);
        Running.TryRemove(process, out _);
        process.Dispose();
    }

    private readonly struct Forget(Process process) : IDisposable
    {
        public void Dispose() => Running.TryRemove(process, out _);
    }

    private void OnLine(object sender, DataReceivedEventArgs line)
    {
        if (line.Data is null)
        {
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line.Data);
            if (lastLines.Count > 40)
            {
                lastLines.Dequeue();
            }
        }

        if (ListeningLine().Match(line.Data) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+?)/?$")]
    private static partial Regex ListeningLine();
}
