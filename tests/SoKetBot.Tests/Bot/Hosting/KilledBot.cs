namespace SoKetBot.Tests.Bot.Hosting;

/// <summary>
/// The real bot process on one data file, killed with SIGKILL and started again on the same file as often as a test
/// likes. Each start is a <see cref="BotLife"/>; a caller whose request failed waits for the next one.
/// </summary>
internal sealed class KilledBot : IAsyncDisposable
{
    private readonly string dataFile;
    private readonly IDictionary<string, string> environment;
    private readonly List<BotLife> lives = [];
    private BotLife current;

    private KilledBot(string dataFile, IDictionary<string, string> environment, BotLife first)
    {
        this.dataFile = dataFile;
        this.environment = environment;
        current = first;
        lives.Add(first);
    }

    /// <summary>The bot as it runs now (or ran last, once killed).</summary>
    public BotLife Current => Volatile.Read(ref current);

    public int Kills { get; private set; }

    /// <summary>Everything the processes wrote, for a failure's message.</summary>
    public string Output { get; private set; } = "";

    public static async Task<KilledBot> StartAsync(string dataFile, IDictionary<string, string> environment) =>
        new(dataFile, environment, new BotLife(1, await RunningBot.StartAsync(dataFile, environment)));

    /// <summary>SIGKILL; returns once the process is gone.</summary>
    public async Task KillAsync()
    {
        await Current.Bot.KillAsync();
        Kills++;
        Output += Current.Bot.Output;
    }

    /// <summary>Starts the bot again on the same file; whoever waits on the last life's <see cref="BotLife.Next"/> gets this one.</summary>
    public async Task RestartAsync()
    {
        var previous = Current;
        var next = new BotLife(previous.Number + 1, await RunningBot.StartAsync(dataFile, environment));
        lives.Add(next);
        Volatile.Write(ref current, next);
        previous.Succeed(next);
    }

    /// <summary>SIGTERM, and waits until the process exited; returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        var exitCode = await Current.Bot.StopAsync();
        Output += Current.Bot.Output;
        return exitCode;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var life in lives)
        {
            await life.DisposeAsync();
            life.Succeed(null);
        }
    }
}

/// <summary>One run of the bot process, from its start to its death.</summary>
internal sealed class BotLife(int number, RunningBot bot) : IAsyncDisposable
{
    private readonly TaskCompletionSource<BotLife?> next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>1 for the first start, 2 after the first restart, …</summary>
    public int Number { get; } = number;

    public RunningBot Bot { get; } = bot;

    public HttpClient Client { get; } = new() { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };

    /// <summary>The life after this one, once the bot was started again (null: the test is over).</summary>
    public Task<BotLife?> Next => next.Task;

    public void Succeed(BotLife? successor) => next.TrySetResult(successor);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Bot.DisposeAsync();
    }
}
