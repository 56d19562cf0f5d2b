using Microsoft.Extensions.Options;
using SoKetBot.Bot.Maintenance;
using SoKetBot.Storage.Turns;

namespace SoKetBot.Bot.Messaging;

/// <summary>Forgets handled activities after <see cref="MessagingOptions.HandledRetention"/>: a channel retries within minutes, not days.</summary>
internal sealed class HandledActivityRetention(IHandledActivityStore handled, IOptions<MessagingOptions> options, IOptions<RetentionOptions> retention, TimeProvider time)
    : IRetentionTask
{
    public string Name => "handled activities";

    public int Clean()
    {
        var before = time.GetUtcNow().UtcDateTime - options.Value.HandledRetention;
        return Batches.RemoveAll(retention.Value.BatchSize, batch => handled.RemoveOlderThan(before, batch));
    }
}
