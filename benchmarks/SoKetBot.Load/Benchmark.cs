using System.Collections.Concurrent;
using System.Diagnostics;
using SoKetBot.Load.Channels;
using SoKetBot.Load.Organisation;
using SoKetBot.Load.Processes;
using SoKetBot.Load.Report;
using SoKetBot.Load.Rounds;
using SoKetBot.Load.Script;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Load;

/// <summary>
/// One run: SoKetBot over /api/messages and the embedded Direct Line, the no-op ceiling, the SDK peer with its state in
/// memory and in files, each at every concurrency; then the nation-scale round. Servers run one at a time.
/// </summary>
internal sealed class Benchmark(BenchmarkOptions options, TextWriter log)
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "soketbot-load-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<RoundResult> rounds = [];

    public async Task<BenchmarkReport> RunAsync(CancellationToken cancellationToken)
    {
        var servers = Servers.Locate(options.BotDll);
        var plan = PlanLoader.LoadFile(servers.PlanFile);
        Directory.CreateDirectory(folder);
        try
        {
            var disk = DiskProbe.FlushLatency(folder);
            var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
            var machine = $"{Environment.ProcessorCount} cores, load average {load} at the start; an 8 KB write + fsync in {Path.GetTempPath()} takes {disk.P50Ms:F1} ms (p50), {disk.P95Ms:F1} ms (p95)";
            log.WriteLine(machine);
            var country = Country.Write(Path.Combine(folder, "organisation"), provinces: 1, districts: Math.Max(1, options.Officials / 20), communes: options.Officials);
            var import = await SoKetBotAsync(servers, plan, country, cancellationToken);
            await NoopAsync(servers, plan, cancellationToken);
            if (options.Peer)
            {
                await servers.InstallPeerAsync(log);
                await PeerAsync(servers, plan, country, "memory", cancellationToken);
                await PeerAsync(servers, plan, country, Path.Combine(folder, "peer-state"), cancellationToken);
            }

            // The rounds' table now too: the nation-scale round takes long, and a run cut short keeps what it measured.
            log.WriteLine();
            log.WriteLine(new BenchmarkReport(machine, rounds, import, Nation: null).Table());
            var nation = options.NationCommunes > 0
                ? await new NationRound(servers, plan, options, Path.Combine(folder, "nation"), log).RunAsync(cancellationToken)
                : null;
            return new BenchmarkReport(machine, rounds, import, nation);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<ImportResult> SoKetBotAsync(Servers servers, Plan plan, Country country, CancellationToken cancellationToken)
    {
        var dataFile = Path.Combine(folder, "soketbot", "soketbot.db");
        Directory.CreateDirectory(Path.GetDirectoryName(dataFile)!);
        log.WriteLine($"Importing {country.Officials} officials of {country.Units} units into a new data file...");
        var import = await ImportResult.RunAsync(servers, dataFile, country);
        log.WriteLine($"  {import}");
        await using var bot = await ChildProcess.StartAsync(servers.Bot(dataFile));
        using var http = LoadHttp.Create(bot.BaseAddress);
        var pool = new ConcurrentQueue<Official>(country.Reporters);
        var messages = new MessagesChannel(http);
        var directLine = new DirectLineChannel(http);
        foreach (var concurrency in options.Concurrency)
        {
            await RoundAsync(new LoadRound("SoKetBot /api/messages", messages, ReviewScript.InChat(plan), pool, () => bot.Stats, looseChecks: false), concurrency, bot, cancellationToken);
        }

        foreach (var concurrency in options.Concurrency)
        {
            await RoundAsync(new LoadRound("SoKetBot Direct Line", directLine, ReviewScript.OnPage(plan), pool, () => bot.Stats, looseChecks: false), concurrency, bot, cancellationToken);
        }

        await bot.StopAsync();
        return import;
    }

    private async Task NoopAsync(Servers servers, Plan plan, CancellationToken cancellationToken)
    {
        await using var noop = await ChildProcess.StartAsync(Servers.Noop());
        using var http = LoadHttp.Create(noop.BaseAddress);
        var channel = new MessagesChannel(http);
        foreach (var concurrency in options.Concurrency)
        {
            var pool = new ConcurrentQueue<Official>(Enumerable.Range(0, 1_000_000).Select(i => new Official($"noop{i}", Country.AccessCode)));
            await RoundAsync(new LoadRound("no-op ceiling", channel, ReviewScript.InChat(plan), pool, () => noop.Stats, looseChecks: true), concurrency, noop, cancellationToken);
        }
    }

    private async Task PeerAsync(Servers servers, Plan plan, Country country, string storage, CancellationToken cancellationToken)
    {
        await using var peer = await ChildProcess.StartAsync(servers.Peer(storage, country.OfficialsFile));
        using var http = LoadHttp.Create(peer.BaseAddress);
        var pool = new ConcurrentQueue<Official>(country.Reporters);
        var channel = new MessagesChannel(http, serviceUrl: "http://127.0.0.1:9/");
        var name = storage == "memory" ? "SDK MemoryStorage" : "SDK file storage";
        foreach (var concurrency in options.Concurrency)
        {
            await RoundAsync(new LoadRound(name, channel, ReviewScript.InChat(plan), pool, () => peer.Stats, looseChecks: false), concurrency, peer, cancellationToken);
        }
    }

    private async Task RoundAsync(LoadRound round, int concurrency, ChildProcess server, CancellationToken cancellationToken)
    {
        var length = options.ReviewsPerRound is { } reviews ? RoundLength.Of(reviews) : RoundLength.For(options.Duration);
        var result = await round.RunAsync(concurrency, length, cancellationToken);
        rounds.Add(result);
        log.WriteLine($"  {result.Name} C={concurrency}: {result.TurnsPerSecond:F0} turns/s, p99 {result.Latency.P99:F1} ms, {result.ReviewsSubmitted}/{result.ReviewsStarted} reviews submitted, {result.Errors} errors");
        foreach (var sample in result.ErrorSamples)
        {
            log.WriteLine("    " + sample);
        }

        if (result.Errors > 0)
        {
            log.WriteLine("    the server's last lines:\n" + server.Output);
        }
    }
}

/// <summary>The administrator's import of the organisation's CSV files (the bot's <c>import</c> command), timed.</summary>
internal sealed record ImportResult(int Officials, int Units, TimeSpan Elapsed)
{
    public static async Task<ImportResult> RunAsync(Servers servers, string dataFile, Country country)
    {
        var clock = Stopwatch.StartNew();
        var (exitCode, output) = await ChildProcess.RunAsync(servers.Bot(dataFile, "import", country.UnitsFile, country.OfficialsFile), TimeSpan.FromHours(1));
        return exitCode == 0 ? new ImportResult(country.Officials, country.Units, clock.Elapsed) : throw new InvalidOperationException("The import failed:\n" + output);
    }

    public override string ToString() => $"imported {Units} units and {Officials} officials in {Elapsed.TotalSeconds:F1} s (the command's whole run, start-up included)";
}
