using System.Collections.Concurrent;
using System.Diagnostics;
using SoKetBot.Load.Channels;
using SoKetBot.Load.Organisation;
using SoKetBot.Load.Processes;
using SoKetBot.Load.Script;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Load.Rounds;

/// <summary>What the nation-scale round measured.</summary>
internal sealed record NationResult(ImportResult Import, SweepResult Sweep, RoundResult Reviews, TimeSpan Total, long DatabaseBefore, long DatabaseAfter)
{
    public double GrowthPerReview => Reviews.ReviewsSubmitted == 0 ? 0 : (DatabaseAfter - DatabaseBefore) / (double)Reviews.ReviewsSubmitted;
}

/// <summary>
/// A whole country on one bot: its communes under its districts and provinces imported from CSV, a first reminder sweep
/// over all of them (on a copy of the file), then every commune's official links and completes the review over
/// /api/messages. The database is measured before the reviews and after the bot has stopped (its log checkpointed).
/// </summary>
internal sealed class NationRound(Servers servers, Plan plan, BenchmarkOptions options, string folder, TextWriter log)
{
    public async Task<NationResult> RunAsync(CancellationToken cancellationToken)
    {
        var country = Country.Write(Path.Combine(folder, "organisation"), options.NationProvinces, options.NationDistricts, options.NationCommunes);
        var dataFile = Path.Combine(folder, "nation.db");
        log.WriteLine($"Nation: importing {country.Units} units ({options.NationProvinces} provinces, {options.NationDistricts} districts, {options.NationCommunes} communes) and {country.Officials} officials...");
        var import = await ImportResult.RunAsync(servers, dataFile, country);
        log.WriteLine($"  {import}");
        var sweep = ReminderSweepRun.OnCopy(servers, dataFile);
        log.WriteLine($"  {sweep}");
        var before = DatabaseSize(dataFile);
        var clock = Stopwatch.StartNew();
        RoundResult reviews;
        await using (var bot = await ChildProcess.StartAsync(servers.Bot(dataFile)))
        {
            using var http = LoadHttp.Create(bot.BaseAddress);
            var round = new LoadRound("SoKetBot nation /api/messages", new MessagesChannel(http), ReviewScript.InChat(plan), new ConcurrentQueue<Official>(country.Reporters), () => bot.Stats, looseChecks: false);
            reviews = await round.RunAsync(options.NationConcurrency, RoundLength.Of(country.Reporters.Count, options.NationLimit), cancellationToken);
            await bot.StopAsync();
        }

        var total = clock.Elapsed;
        var result = new NationResult(import, sweep, reviews, total, before, DatabaseSize(dataFile));
        log.WriteLine($"  {reviews.ReviewsSubmitted}/{country.Reporters.Count} reviews submitted in {total.TotalSeconds:F0} s, {reviews.Errors} errors; database {before / 1048576.0:F1} -> {result.DatabaseAfter / 1048576.0:F1} MiB");
        foreach (var sample in reviews.ErrorSamples)
        {
            log.WriteLine("    " + sample);
        }

        return result;
    }

    // The data file and its write-ahead log, if one is left.
    private static long DatabaseSize(string dataFile)
    {
        var log = Path.Combine(Path.GetDirectoryName(dataFile)!, Path.GetFileNameWithoutExtension(dataFile) + "-log" + Path.GetExtension(dataFile));
        return new FileInfo(dataFile).Length + (File.Exists(log) ? new FileInfo(log).Length : 0);
    }
}
