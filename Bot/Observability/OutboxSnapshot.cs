namespace SoKetBot.Bot.Observability;

/// <summary>The outbox at one moment.</summary>
/// <param name="Waiting">Items owed and not yet delivered (including those waiting for a retry).</param>
/// <param name="OldestAge">How long the oldest waiting item has been owed; null when nothing waits.</param>
/// <param name="Failed">Items given up on (no more retries), kept for an operator to look at.</param>
internal sealed record OutboxSnapshot(int Waiting, TimeSpan? OldestAge, int Failed);
