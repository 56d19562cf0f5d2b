using SoKetBot.Bot.Observability;

namespace SoKetBot.Tests.Bot.Observability;

/// <summary>An outbox status that reports what the test says, as the outbox will once it implements the interface.</summary>
internal sealed class FixedOutboxStatus(OutboxSnapshot snapshot) : IOutboxStatus
{
    public OutboxSnapshot Snapshot() => snapshot;
}
