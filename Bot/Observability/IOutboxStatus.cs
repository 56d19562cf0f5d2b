namespace SoKetBot.Bot.Observability;

/// <summary>
/// How far behind the outbox is, for <c>/health</c> and the <c>soketbot.outbox.*</c> gauges (Outbox/OutboxStatus.cs).
/// </summary>
/// <remarks>Called on every health check and every scrape: keep it cheap (counts kept in memory, or an indexed count).</remarks>
internal interface IOutboxStatus
{
    /// <summary>The outbox as it stands now.</summary>
    OutboxSnapshot Snapshot();
}
