using Microsoft.Extensions.Options;
using SoKetBot.Bot.Maintenance;
using SoKetBot.Storage.Outbox;

namespace SoKetBot.Bot.Outbox;

/// <summary>Removes delivered and given-up outbox items after <see cref="OutboxOptions.KeepDone"/>; what is still owed is never removed.</summary>
internal sealed class OutboxRetention(IOutboxStore items, IOptions<OutboxOptions> options, IOptions<RetentionOptions> retention, TimeProvider time) : IRetentionTask
{
    public string Name => "outbox items";

    public int Clean()
    {
        var before = time.GetUtcNow().UtcDateTime - options.Value.KeepDone;
        return Batches.RemoveAll(retention.Value.BatchSize, batch => items.RemoveDeliveredBefore(before, batch));
    }
}
