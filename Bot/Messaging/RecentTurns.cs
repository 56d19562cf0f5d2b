using System.Text.Json;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Messaging;

/// <summary>
/// Remembers the turns of recent activity ids (channel, conversation, id), so that an activity a channel sends again
/// runs no second turn and gets the first turn's replies. Bounded in time, in count and in bytes (the keys and the
/// remembered replies, estimated), the oldest forgotten first; in memory only.
/// </summary>
internal sealed class RecentTurns(IOptions<MessagingOptions> options, TimeProvider time)
{
    // What an entry costs besides its key and replies: the dictionary and queue slots, the entry, its task.
    private const int EntryOverheadBytes = 256;
    private const int ActivityOverheadBytes = 128;

    private readonly Lock sync = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, Entry Entry)> order = new();
    private long bytes;

    /// <summary>The estimated bytes held now: never more than <see cref="MessagingOptions.DuplicateMaxBytes"/>.</summary>
    public long AccountedBytes
    {
        get
        {
            lock (sync)
            {
                return bytes;
            }
        }
    }

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
        Lazy<Task<IReadOnlyList<Activity>>> running;
        bool isDuplicate;
        lock (sync)
        {
            Forget(time.GetUtcNow());
            isDuplicate = entries.TryGetValue(key, out entry!);
            if (isDuplicate && entry.Replies is { } kept)
            {
                return (kept, true);
            }

            if (!isDuplicate)
            {
                entry = new Entry(time.GetUtcNow(), new Lazy<Task<IReadOnlyList<Activity>>>(turn), EntryOverheadBytes + (2L * key.Length));
                entries[key] = entry;
                order.Enqueue((key, entry));
                bytes += entry.Bytes;
                Forget(time.GetUtcNow());
            }

            running = entry.Turn!;
        }

        IReadOnlyList<Activity> replies;
        try
        {
            replies = await running.Value;
        }
        catch
        {
            // A failed turn is not remembered: the channel's retry deserves a real attempt.
            lock (sync)
            {
                Remove(key, entry);
            }

            throw;
        }

        if (!isDuplicate)
        {
            Keep(key, entry, replies);
        }

        return (replies, isDuplicate);
    }

    // The replies replace the running task. Replies that would not fit under the cap on their own are not kept: the id
    // still is, so a retry runs no second turn (and gets no replies).
    private void Keep(string key, Entry entry, IReadOnlyList<Activity> replies)
    {
        var size = replies.Sum(reply => ActivityOverheadBytes + (2L * JsonSerializer.SerializeToUtf8Bytes(reply, ProtocolJson.Wire.Activity).Length));
        lock (sync)
        {
            if (!entries.TryGetValue(key, out var current) || current != entry)
            {
                return;
            }

            var fits = entry.Bytes + size <= options.Value.DuplicateMaxBytes;
            entry.Replies = fits ? replies : [];
            entry.Turn = null;
            if (fits)
            {
                entry.Bytes += size;
                bytes += size;
                Forget(time.GetUtcNow());
            }
        }
    }

    private void Forget(DateTimeOffset now)
    {
        var limits = options.Value;
        while (order.TryPeek(out var oldest)
            && (order.Count > limits.DuplicateCapacity || bytes > limits.DuplicateMaxBytes || now - oldest.Entry.Received >= limits.DuplicateWindow))
        {
            order.Dequeue();
            Remove(oldest.Key, oldest.Entry);
        }
    }

    private void Remove(string key, Entry entry)
    {
        if (entries.TryGetValue(key, out var current) && current == entry)
        {
            entries.Remove(key);
            bytes -= entry.Bytes;
        }
    }

    private sealed class Entry(DateTimeOffset received, Lazy<Task<IReadOnlyList<Activity>>> turn, long bytes)
    {
        public DateTimeOffset Received { get; } = received;

        /// <summary>The turn while it runs; null once its replies are kept.</summary>
        public Lazy<Task<IReadOnlyList<Activity>>>? Turn { get; set; } = turn;

        public IReadOnlyList<Activity>? Replies { get; set; }

        public long Bytes { get; set; } = bytes;
    }
}
