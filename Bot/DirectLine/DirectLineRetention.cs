using Microsoft.Extensions.Options;
using SoKetBot.Bot.Maintenance;
using SoKetBot.Storage.DirectLine;

namespace SoKetBot.Bot.DirectLine;

/// <summary>
/// Keeps the Direct Line history for <see cref="DirectLineOptions.HistoryRetention"/>: at each pass of the retention job,
/// outside any turn, removes older activities in small batches
/// (each its own short transaction) and conversations idle that long. The latest conversation of each user stays, with
/// its last <see cref="DirectLineOptions.HistoryKeepLatest"/> activities: the page and the notices still use it.
/// </summary>
internal sealed class DirectLineRetention(IDirectLineStore store, TimeProvider time, IOptions<DirectLineOptions> options, IOptions<RetentionOptions> retention)
    : IRetentionTask
{
    /// <summary>One pass; returns how many activities and conversations it removed.</summary>
    public (int Activities, int Conversations) Clean()
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.HistoryRetention;
        var conversations = store.AllConversations();
        var latest = conversations
            .Where(conversation => conversation.UserId is not null)
            .GroupBy(conversation => conversation.UserId, StringComparer.Ordinal)
            .Select(group => group.MaxBy(conversation => conversation.CreatedAt)!.Id)
            .ToHashSet(StringComparer.Ordinal);
        var (activities, removedConversations) = (0, 0);
        foreach (var conversation in conversations)
        {
            var inUse = latest.Contains(conversation.Id);
            var upTo = inUse ? conversation.LastSequence - options.Value.HistoryKeepLatest : long.MaxValue;
            activities += Batches.RemoveAll(retention.Value.BatchSize, batch => store.DeleteActivities(conversation.Id, cutoff, upTo, batch));

            if (!inUse && store.DeleteConversationIfIdleSince(conversation.Id, cutoff))
            {
                removedConversations++;
            }
        }

        return (activities, removedConversations);
    }

    string IRetentionTask.Name => "Direct Line activities and conversations";

    int IRetentionTask.Clean()
    {
        var (activities, conversations) = Clean();
        return activities + conversations;
    }
}
