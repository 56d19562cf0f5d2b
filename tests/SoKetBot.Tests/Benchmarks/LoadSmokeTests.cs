using SoKetBot.Bot.Hosting;
using SoKetBot.Load;
using Xunit.Abstractions;

namespace SoKetBot.Tests.Benchmarks;

/// <summary>
/// The load benchmark's smoke mode (benchmarks/SoKetBot.Load --smoke), so that it cannot rot: a few whole reviews on every
/// channel it measures (the built bot over /api/messages and Direct Line, the no-op host, the SDK peer with both storages)
/// and a small nation with its reminder sweep. Every reply is checked by the benchmark itself; timings are not asserted.
/// </summary>
public sealed class LoadSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task LoadBenchmark_SmokeMode_EveryReviewSubmittedWithoutErrors()
    {
        var options = BenchmarkOptions.Smoke(botDll: typeof(Commands).Assembly.Location);
        using var log = new StringWriter();

        var report = await new Benchmark(options, log).RunAsync(CancellationToken.None);

        output.WriteLine(log.ToString());
        output.WriteLine(report.Table());
        Assert.Equal(0, report.Errors);
        var expected = new[] { "SoKetBot /api/messages", "SoKetBot Direct Line", "no-op ceiling", "SDK MemoryStorage", "SDK file storage" };
        Assert.Equal(expected, report.Rounds.Select(round => round.Name));
        Assert.All(report.Rounds, round => Assert.Equal((options.ReviewsPerRound!.Value, options.ReviewsPerRound!.Value), (round.ReviewsStarted, round.ReviewsSubmitted)));
        Assert.All(report.Rounds, round => Assert.True(round.Turns > 0 && round.CpuMsPerTurn > 0 && round.PeakResidentBytes > 0, $"{round.Name} measured nothing"));
        var nation = report.Nation!;
        Assert.Equal((options.NationCommunes, options.NationCommunes), (nation.Reviews.ReviewsStarted, nation.Reviews.ReviewsSubmitted));
        Assert.True(nation.Sweep.ToSend >= options.NationCommunes, $"The first sweep reminded {nation.Sweep.ToSend} of {options.NationCommunes} communes.");
        Assert.True(nation.DatabaseAfter > nation.DatabaseBefore, "The reviews did not grow the data file.");
    }
}
