using System.Collections.Concurrent;
using System.Diagnostics;
using SoKetBot.Load.Channels;
using SoKetBot.Load.Processes;
using SoKetBot.Load.Script;

namespace SoKetBot.Load.Rounds;

/// <summary>
/// How long a round runs: for a time (new reviews start until then, those under way finish; the rate counts the turns
/// answered within it), or a number of reviews (all counted), optionally capped in time.
/// </summary>
internal sealed record RoundLength(TimeSpan? Duration, int? Reviews, TimeSpan? Cap = null)
{
    public static RoundLength For(TimeSpan duration) => new(duration, null);

    public static RoundLength Of(int reviews, TimeSpan? cap = null) => new(null, reviews, cap);
}

/// <summary>
/// C conversations at once, each a distinct official (taken from the pool) walking the whole review; when one review is
/// submitted the next official starts. Every reply is checked; a reply that does not fit counts as an error and ends that
/// review (its conversation no longer follows the script).
/// </summary>
internal sealed class LoadRound(string name, IChatChannel channel, ReviewScript script, ConcurrentQueue<Official> pool, Func<ProcStats> server, bool looseChecks)
{
    private const string NoCardSubmit = """{"action":"submit"}""";
    private readonly ConcurrentQueue<string> errorSamples = new();
    private long windowTurns;
    private long allTurns;
    private int errors;
    private int started;
    private int submitted;
    private int reviewsLeft;

    public async Task<RoundResult> RunAsync(int concurrency, RoundLength length, CancellationToken cancellationToken)
    {
        reviewsLeft = length.Reviews ?? int.MaxValue;
        var before = server();
        var clock = Stopwatch.StartNew();
        var deadline = (length.Duration ?? length.Cap) is { } duration ? Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        var latencies = new List<long>[concurrency];
        var workers = Enumerable.Range(0, concurrency).Select(i => Task.Run(() => WorkAsync(latencies[i] = new List<long>(4096), deadline, cancellationToken), cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        var window = length.Duration ?? clock.Elapsed;
        var after = server();
        var all = latencies.SelectMany(list => list).ToList();
        return new RoundResult
        {
            Name = name,
            Concurrency = concurrency,
            Turns = length.Duration is null ? allTurns : windowTurns,
            Window = window,
            Latency = Latencies.Of(all),
            Errors = errors,
            ErrorSamples = errorSamples.ToList(),
            ReviewsStarted = started,
            ReviewsSubmitted = submitted,
            CpuMsPerTurn = allTurns == 0 ? 0 : (after.Cpu - before.Cpu).TotalMilliseconds / allTurns,
            PeakResidentBytes = after.PeakResidentBytes,
        };
    }

    private async Task WorkAsync(List<long> latencies, long deadline, CancellationToken cancellationToken)
    {
        while (Stopwatch.GetTimestamp() < deadline && Interlocked.Decrement(ref reviewsLeft) >= 0 && pool.TryDequeue(out var official))
        {
            Interlocked.Increment(ref started);
            if (await ReviewAsync(official, latencies, deadline, cancellationToken))
            {
                Interlocked.Increment(ref submitted);
            }
        }
    }

    private async Task<bool> ReviewAsync(Official official, List<long> latencies, long deadline, CancellationToken cancellationToken)
    {
        await using var session = channel.Open(official);
        // A bot that sends no card (the no-op) gets the button's data as the bot would have put it on the card.
        var submitData = looseChecks ? NoCardSubmit : null;
        foreach (var step in script.Steps)
        {
            var sent = Stopwatch.GetTimestamp();
            Replies replies;
            try
            {
                replies = await session.SendAsync(step, submitData, cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or TimeoutException or IOException or TaskCanceledException or System.Net.WebSockets.WebSocketException or InvalidOperationException)
            {
                Fail(official, step, exception.Message);
                return false;
            }

            var answered = Stopwatch.GetTimestamp();
            latencies.Add(answered - sent);
            Interlocked.Increment(ref allTurns);
            if (answered < deadline)
            {
                Interlocked.Increment(ref windowTurns);
            }

            if (replies.Mismatch(step, looseChecks) is { } mismatch)
            {
                Fail(official, step, mismatch);
                return false;
            }

            submitData = replies.SubmitData ?? submitData;
        }

        return true;
    }

    private void Fail(Official official, ScriptStep step, string why)
    {
        Interlocked.Increment(ref errors);
        if (errorSamples.Count < 5)
        {
            errorSamples.Enqueue($"{name}: {official.Account} at {step.Kind} \"{step.Text}\": {why}");
        }
    }
}
