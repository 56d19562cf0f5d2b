using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.DirectLine;

namespace SoKetBot.Bot.DirectLine;

/// <summary>
/// The history of every Direct Line conversation: gives each activity its id, a later timestamp and the next
/// watermark and keeps it in LiteDB, in the caller's transaction (a turn's echo and replies commit with its answer);
/// once that commits, pushes it to the conversation's open sockets. The data file's write lock is taken first, then the
/// conversation's own lock, so the stream, the polling GET and the data file always agree on the order.
/// </summary>
internal sealed class DirectLineHistory(IDirectLineStore store, ITransactionScope transactions, TimeProvider time, IOptions<DirectLineOptions> options)
{
    private readonly Lock[] locks = Enumerable.Range(0, 64).Select(_ => new Lock()).ToArray();
    // Each list changes only under its conversation's lock.
    private readonly ConcurrentDictionary<string, List<DirectLineSubscriber>> subscribers = new(StringComparer.Ordinal);

    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    public static string IdOf(string conversationId, long sequence) => DirectLineActivity.IdOf(conversationId, sequence);

    public DirectLineConversation? Find(string conversationId) => store.FindConversation(conversationId);

    public DirectLineConversation? LatestOf(string userId) => store.LatestConversationOf(userId);

    public DirectLineConversation Create(string? userId)
    {
        // 16 random bytes in base64url: unguessable, and free of the '|' that separates the sequence in activity ids.
        var conversation = new DirectLineConversation
        {
            Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            UserId = userId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        store.SaveConversation(conversation);
        return conversation;
    }

    /// <summary>Records <paramref name="activities"/> (setting their id, timestamp, conversation and channel) and pushes them live.</summary>
    public void Append(string conversationId, IReadOnlyList<Activity> activities, bool markStarted = false) =>
        Append(conversationId, activities, markStarted, reissue: false);

    /// <summary>
    /// Sends <paramref name="activity"/> again under the id and timestamp of the earlier activity it replaces: Web Chat
    /// replaces an activity with the same id in place (protocol §6.4), and polling clients get it after their watermark.
    /// </summary>
    public bool Reissue(string conversationId, string activityId, Activity activity)
    {
        if (store.FindActivity(activityId) is not { } earlier || earlier.ConversationId != conversationId
            || JsonSerializer.Deserialize(earlier.Json, DirectLineJson.Wire.Activity) is not { } original)
        {
            return false;
        }

        activity.Id = original.Id;
        activity.Timestamp = original.Timestamp;
        activity.ReplyToId = original.ReplyToId;
        Append(conversationId, [activity], markStarted: false, reissue: true);
        return true;
    }

    private void Append(string conversationId, IReadOnlyList<Activity> activities, bool markStarted, bool reissue) =>
        transactions.Run(() => AppendLocked(conversationId, activities, markStarted, reissue));

    private void AppendLocked(string conversationId, IReadOnlyList<Activity> activities, bool markStarted, bool reissue)
    {
        lock (LockOf(conversationId))
        {
            var conversation = store.FindConversation(conversationId) ?? throw new InvalidOperationException($"No Direct Line conversation {conversationId}.");
            var sequence = conversation.LastSequence;
            var ticks = conversation.LastTimestampTicks;
            var now = time.GetUtcNow().UtcTicks;
            var records = new List<DirectLineActivity>(activities.Count);
            foreach (var activity in activities)
            {
                // Web Chat sorts by timestamp to the millisecond (protocol §6.4): keep them strictly increasing even with a frozen clock.
                ticks = Math.Max(now, ticks + TimeSpan.TicksPerMillisecond);
                sequence++;
                if (!reissue)
                {
                    activity.Id = IdOf(conversationId, sequence);
                    activity.Timestamp = new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
                }

                activity.ChannelId = EmbeddedDirectLine.WireChannelId;
                activity.Conversation = new ConversationAccount { Id = conversationId };
                if (activity.ReplyToId is { } replyToId && !WasDelivered(conversationId, replyToId, sequence))
                {
                    // A reply to an id the client never saw is held for 5 s by Web Chat (protocol §6.5).
                    activity.ReplyToId = null;
                }

                records.Add(new DirectLineActivity
                {
                    Id = IdOf(conversationId, sequence),
                    ConversationId = conversationId,
                    Sequence = sequence,
                    At = new DateTime(ticks, DateTimeKind.Utc),
                    Json = JsonSerializer.Serialize(activity, DirectLineJson.Wire.Activity),
                });
            }

            store.Append(conversation with { LastSequence = sequence, LastTimestampTicks = ticks, Started = conversation.Started || markStarted }, records);
            if (records.Count > 0)
            {
                // Still inside the data file's write lock (after-commit actions run there), so frames keep their order.
                transactions.AfterCommit(() => Push(conversationId, records, sequence));
            }
        }
    }

    private void Push(string conversationId, List<DirectLineActivity> records, long sequence)
    {
        lock (LockOf(conversationId))
        {
            if (!subscribers.TryGetValue(conversationId, out var open))
            {
                return;
            }

            var frame = Frame(records, sequence);
            foreach (var subscriber in open.ToArray())
            {
                subscriber.Push(frame);
                if (subscriber.ClosedBecause is not null)
                {
                    open.Remove(subscriber);
                }
            }
        }
    }

    /// <summary>The ActivitySet JSON of at most one page after <paramref name="watermark"/>.</summary>
    public string Page(DirectLineConversation conversation, long watermark)
    {
        var page = store.ActivitiesAfter(conversation.Id, watermark, options.Value.PageSize);
        return Frame(page, page.Count > 0 ? page[^1].Sequence : Math.Min(watermark, conversation.LastSequence));
    }

    /// <summary>
    /// Opens a stream of the conversation: its live frames from now on, and the sequence up to which the backlog is to be
    /// read with <see cref="Backlog"/>. Unlike Azure, a second socket does not close the first: an official may have the
    /// chat open on a phone and a computer at once. Past <see cref="DirectLineOptions.MaxSocketsPerConversation"/>, the
    /// oldest socket is closed with "collision", as Azure does: the newest is the one being looked at.
    /// </summary>
    public (DirectLineSubscriber Subscriber, long BacklogUpTo) Subscribe(string conversationId, string? sessionId)
    {
        (DirectLineSubscriber, long) subscribed = default;

        // In the write lock: no append sits between its commit and its push, which would reach the socket twice.
        transactions.Run(() => subscribed = SubscribeLocked(conversationId, sessionId));
        return subscribed;
    }

    private (DirectLineSubscriber Subscriber, long BacklogUpTo) SubscribeLocked(string conversationId, string? sessionId)
    {
        lock (LockOf(conversationId))
        {
            var upTo = store.FindConversation(conversationId)?.LastSequence ?? 0;
            var subscriber = new DirectLineSubscriber(conversationId, sessionId, options.Value.SocketBufferFrames);

            // Several transactions may share one commit: the socket joins once the appends up to upTo were pushed (their
            // after-commit actions run first) and before any later one is, so each frame reaches it once, live or as backlog.
            transactions.AfterCommit(() => Open(subscriber));
            return (subscriber, upTo);
        }
    }

    private void Open(DirectLineSubscriber subscriber)
    {
        lock (LockOf(subscriber.ConversationId))
        {
            var open = subscribers.GetOrAdd(subscriber.ConversationId, _ => []);
            open.Add(subscriber);
            while (open.Count > options.Value.MaxSocketsPerConversation)
            {
                open[0].Close(DirectLineSubscriber.Collision);
                open.RemoveAt(0);
            }
        }
    }

    /// <summary>The frames of the activities after <paramref name="watermark"/> up to <paramref name="upTo"/>, one page each, read as they are sent.</summary>
    public IEnumerable<string> Backlog(string conversationId, long watermark, long upTo)
    {
        while (watermark < upTo)
        {
            var page = store.ActivitiesAfter(conversationId, watermark, options.Value.PageSize).Where(activity => activity.Sequence <= upTo).ToList();
            if (page.Count == 0)
            {
                yield break;
            }

            watermark = page[^1].Sequence;
            yield return Frame(page, watermark);
        }
    }

    public void Unsubscribe(DirectLineSubscriber subscriber)
    {
        lock (LockOf(subscriber.ConversationId))
        {
            if (!subscribers.TryGetValue(subscriber.ConversationId, out var open))
            {
                return;
            }

            // It may be gone already (a collision, a full queue): then only the empty list is left to drop.
            open.Remove(subscriber);
            if (open.Count == 0)
            {
                subscribers.TryRemove(subscriber.ConversationId, out _);
            }
        }
    }

    /// <summary>
    /// Closes every socket opened with a token of page session <paramref name="sessionId"/>, which has just ended. A sign-out
    /// is rare and the sockets few, so it walks them all rather than keeping a second index on the hot path.
    /// </summary>
    public void CloseSession(string sessionId)
    {
        foreach (var (conversationId, open) in subscribers)
        {
            lock (LockOf(conversationId))
            {
                foreach (var subscriber in open.Where(subscriber => subscriber.SessionId == sessionId).ToList())
                {
                    subscriber.Close(DirectLineSubscriber.SignedOut);
                    open.Remove(subscriber);
                }
            }
        }
    }

    /// <summary>How many sockets are open on the conversation.</summary>
    public int OpenSockets(string conversationId)
    {
        lock (LockOf(conversationId))
        {
            return subscribers.TryGetValue(conversationId, out var open) ? open.Count : 0;
        }
    }

    private static bool WasDelivered(string conversationId, string activityId, long nextSequence) =>
        activityId.StartsWith(conversationId + "|", StringComparison.Ordinal)
        && long.TryParse(activityId.AsSpan(conversationId.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
        && sequence >= 1 && sequence < nextSequence;

    // Stored activities are already the wire JSON: a frame is written around them, not re-serialized.
    private static string Frame(IReadOnlyList<DirectLineActivity> activities, long watermark)
    {
        var frame = new StringBuilder("{\"activities\":[");
        for (var i = 0; i < activities.Count; i++)
        {
            frame.Append(i == 0 ? string.Empty : ",").Append(activities[i].Json);
        }

        return frame.Append("],\"watermark\":\"").Append(watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}").ToString();
    }

    private Lock LockOf(string conversationId) => locks[(uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)locks.Length];
}
