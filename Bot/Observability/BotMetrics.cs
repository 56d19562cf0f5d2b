using System.Diagnostics.Metrics;
using SoKetBot.Storage.DirectLine;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Bot.Observability;

/// <summary>
/// The bot's own instruments, all on the <see cref="MeterName"/> meter (exported at <c>/metrics</c>). Tags take values
/// from small fixed sets only, never from what a caller sent, so that no one can grow the number of series.
/// </summary>
internal sealed class BotMetrics
{
    public const string MeterName = "SoKetBot";

    // The channels Azure Bot Service and the embedded Direct Line use; any other channel id is counted as "other".
    private static readonly HashSet<string> KnownChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "msteams", "webchat", "directline", "emulator", "slack", "facebook", "telegram", "email", "sms", "line", "test",
        EmbeddedDirectLine.TurnChannelId,
    };

    private static readonly HashSet<string> KnownDeliveryKinds = new(StringComparer.Ordinal) { "reply", "card", "card-update", "notice", "directline" };

    // A turn is a LiteDB transaction plus the dialog: milliseconds when well, seconds when the disk or a lock is slow.
    private static readonly double[] TurnBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly IServiceProvider services;
    private readonly TimeProvider time;
    private readonly Counter<long> turns;
    private readonly Histogram<double> turnDuration;
    private readonly Counter<long> deliveriesFailed;
    private readonly Counter<long> remindersSent;
    private readonly Counter<long> refused;

    public BotMetrics(IMeterFactory meters, IServiceProvider services, TimeProvider time)
    {
        this.services = services;
        this.time = time;
        var meter = meters.Create(MeterName);
        turns = meter.CreateCounter<long>("soketbot.turns", "{turn}", "Turns run, by channel and outcome (kept, failed, duplicate).");
        turnDuration = meter.CreateHistogram<double>(
            "soketbot.turn.duration",
            "s",
            "How long a turn took, from its activity to its replies, including the wait behind the conversation's earlier turn.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = TurnBuckets });
        deliveriesFailed = meter.CreateCounter<long>("soketbot.deliveries.failed", "{delivery}", "Deliveries given up on, by kind.");
        remindersSent = meter.CreateCounter<long>("soketbot.reminders.sent", "{reminder}", "Reminders delivered to an official's conversation.");
        refused = meter.CreateCounter<long>("soketbot.requests.refused", "{request}", "Requests refused, by reason.");
        meter.CreateObservableGauge("soketbot.outbox.waiting", () => Outbox(snapshot => snapshot.Waiting), "{item}", "Outbox items owed and not yet delivered.");
        meter.CreateObservableGauge("soketbot.outbox.oldest_age", () => Outbox(snapshot => snapshot.OldestAge?.TotalSeconds ?? 0), "s", "How long the oldest waiting outbox item has been owed.");
    }

    /// <summary>Starts timing a turn and opens its log scope; dispose it when the turn is over.</summary>
    public TurnObservation BeginTurn(ILogger logger, string channelId, string conversationId, string? activityId) =>
        new(this, logger, channelId, conversationId, activityId, time.GetTimestamp());

    /// <summary>An activity received again: no second turn ran.</summary>
    public void TurnDuplicate(string? channelId) => turns.Add(1, Channel(channelId), new("outcome", "duplicate"));

    /// <summary>A delivery given up on: <paramref name="kind"/> is one of reply, card, card-update, notice, directline.</summary>
    public void DeliveryFailed(string kind) => deliveriesFailed.Add(1, new KeyValuePair<string, object?>("kind", KnownDeliveryKinds.Contains(kind) ? kind : "other"));

    /// <summary>A notice reached one of the official's conversations; counted when it is a reminder.</summary>
    public void NoticeDelivered(Notice notice)
    {
        if (notice.IsReminder)
        {
            remindersSent.Add(1);
        }
    }

    /// <summary>A request refused before it did anything.</summary>
    public void Refused(RefusalReason reason) => refused.Add(1, new KeyValuePair<string, object?>("reason", RefusalReasons.TagOf(reason)));

    internal void TurnEnded(string channelId, bool kept, long startedAt)
    {
        var channel = Channel(channelId);
        var outcome = new KeyValuePair<string, object?>("outcome", kept ? "kept" : "failed");
        turns.Add(1, channel, outcome);
        turnDuration.Record(time.GetElapsedTime(startedAt).TotalSeconds, channel, outcome);
    }

    private static KeyValuePair<string, object?> Channel(string? channelId) =>
        new("channel", channelId is not null && KnownChannels.Contains(channelId) ? channelId.ToLowerInvariant() : "other");

    // Resolved at each observation, not in the constructor: the outbox that implements it may itself use these metrics.
    private IEnumerable<Measurement<T>> Outbox<T>(Func<OutboxSnapshot, T> value)
        where T : struct => services.GetService<IOutboxStatus>() is { } status ? [new Measurement<T>(value(status.Snapshot()))] : [];
}
