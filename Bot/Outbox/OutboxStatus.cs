using SoKetBot.Bot.Observability;
using SoKetBot.Storage.Outbox;

namespace SoKetBot.Bot.Outbox;

/// <summary>The outbox as /health and the gauges see it: what is owed, since when, and what was given up in the last hour.</summary>
internal sealed class OutboxStatus(IOutboxStore items, TimeProvider time) : IOutboxStatus
{
    private static readonly TimeSpan FailureWindow = TimeSpan.FromHours(1);

    public OutboxSnapshot Snapshot()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (waiting, oldestAt) = items.Waiting();
        return new OutboxSnapshot(waiting, oldestAt is { } at ? now - at : null, items.GivenUpSince(now - FailureWindow));
    }
}
