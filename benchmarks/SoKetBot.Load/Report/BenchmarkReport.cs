using System.Globalization;
using System.Text;
using SoKetBot.Load.Rounds;

namespace SoKetBot.Load.Report;

/// <summary>Everything one run measured, and the one table it prints.</summary>
internal sealed record BenchmarkReport(string Machine, IReadOnlyList<RoundResult> Rounds, ImportResult Import, NationResult? Nation)
{
    public int Errors => Rounds.Sum(round => round.Errors) + (Nation?.Reviews.Errors ?? 0);

    public string Table()
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        Line($"Machine: {Machine}.");
        Line($"");
        Line($"| server / channel | C | turns/s | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/turn | server peak RSS MiB | reviews submitted | errors | × SDK memory | of no-op |");
        Line($"|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var round in Rounds)
        {
            var sdk = Find("SDK MemoryStorage", round.Concurrency);
            var noop = Find("no-op ceiling", round.Concurrency);
            var versusSdk = sdk is null || round.Name.StartsWith("SDK", StringComparison.Ordinal) || round.Name.StartsWith("no-op", StringComparison.Ordinal) ? "" : $"{round.TurnsPerSecond / sdk.TurnsPerSecond:F2}×";
            var ofNoop = noop is null || ReferenceEquals(noop, round) ? "" : $"{round.TurnsPerSecond / noop.TurnsPerSecond:P0}";
            Line($"| {round.Name} | {round.Concurrency} | {round.TurnsPerSecond:F0} | {round.Latency.P50:F1} | {round.Latency.P95:F1} | {round.Latency.P99:F1} | {round.Latency.Max:F0} | {round.CpuMsPerTurn:F2} | {round.PeakResidentBytes / 1048576.0:F0} | {round.ReviewsSubmitted}/{round.ReviewsStarted} | {round.Errors} | {versusSdk} | {ofNoop} |");
        }

        Line($"");
        Line($"Import for the rounds above: {Import}.");
        if (Nation is { } nation)
        {
            var reviews = nation.Reviews;
            Line($"Nation scale: {nation.Import}.");
            Line($"  {nation.Sweep}.");
            Line($"  {reviews.ReviewsSubmitted} of {reviews.ReviewsStarted} reviews submitted in {nation.Total.TotalSeconds:F0} s ({reviews.Concurrency} at once; {reviews.TurnsPerSecond:F0} turns/s, p99 {reviews.Latency.P99:F0} ms, max {reviews.Latency.Max:F0} ms, {reviews.CpuMsPerTurn:F2} ms CPU per turn, peak RSS {reviews.PeakResidentBytes / 1048576.0:F0} MiB), {reviews.Errors} errors.");
            Line($"  Database {nation.DatabaseBefore / 1048576.0:F1} MiB after the import, {nation.DatabaseAfter / 1048576.0:F1} MiB after the reviews: {nation.GrowthPerReview / 1024:F1} KiB per review.");
        }

        return text.ToString();
    }

    private RoundResult? Find(string name, int concurrency) => Rounds.FirstOrDefault(round => round.Name == name && round.Concurrency == concurrency);
}
