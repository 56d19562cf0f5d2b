using Microsoft.Extensions.Options;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Messaging;

/// <summary>
/// Remembers the turns of recent activity ids (channel, conversation, id), so that an activity a channel sends again
/// runs no second turn and gets the first turn's replies. Bounded in time and in count; in memory only.
/// </summary>
internal sealed class RecentTurns(IOptions<MessagingOptions> options, TimeProvider time)
{
    private readonly Lock sync = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, Entry Entry)> order = new();

    /// <summary>Runs <paramref name="turn"/> unless the same activity ran recently; then returns that run's replies.</summary>
    /// <param name="isDuplicate">Set when the replies come from an earlier run.</param>
    public async Task<(IReadOnlyList<Activity> Replies, bool IsDuplicate)> RunOnceAsync(Activity activity, Func<Task<IReadOnlyList<Activity>>> turn)
    {
        if (string.IsNullOrEmpty(activity.Id) || options.Value.DuplicateWindow <= TimeSpan.Zero)
        {
            return (await turn(), false);
        }

        var key = $"{activity.ChannelId}\n{activity.Conversation?.Id}\n{activity.Id}";
        Entry entry;
        bool isDuplicate;
        lock (sync)
        {
            Forget(time.GetUtcNow());
            isDuplicate = entries.TryGetValue(key, out entry!);
            if (!isDuplicate)
            {
                entry = new Entry(time.GetUtcNow(), new Lazy<Task<IReadOnlyList<Activity>>>(turn));
                entries[key] = entry;
                order.Enqueue((key, entry));
            }
        }

        try
        {
            return (await entry.Turn.Value, isDuplicate);
        }
        catch
        {
            // A failed turn is not remembered: the channel's retry deserves a real attempt.
            lock (sync)
            {
                if (entries.TryGetValue(key, out var current) && current == entry)
                {
                    entries.Remove(key);
                }
            }

            throw;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        while (order.TryPeek(out var oldest)
            && (order.Count > options.Value.DuplicateCapacity || now - oldest.Entry.Received >= options.Value.DuplicateWindow))
        {
            order.Dequeue();
            if (entries.TryGetValue(oldest.Key, out var current) && current == oldest.Entry)
            {
                entries.Remove(oldest.Key);
            }
        }
    }

    private sealed record Entry(DateTimeOffset Received, Lazy<Task<IReadOnlyList<Activity>>> Turn);
}
