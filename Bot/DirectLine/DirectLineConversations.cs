using SoKetBot.Bot.Messaging;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.DirectLine;
using SoKetBot.Storage.Turns;

namespace SoKetBot.Bot.DirectLine;

/// <summary>
/// Runs the bot for Direct Line conversations: the greeting when a conversation starts, the turn for each posted
/// activity, and the bot's own messages. One conversation does one thing at a time, so every echo is followed by
/// the replies of its own turn, in the order the posts arrived. Turns run under the channel's own id
/// (<see cref="EmbeddedDirectLine.TurnChannelId"/>), which nothing posted to /api/messages can carry; what Web Chat sees
/// says "directline".
/// </summary>
internal sealed class DirectLineConversations(DirectLineHistory history, ActivityProcessor processor, IHostApplicationLifetime lifetime, ILogger<DirectLineConversations> logger)
    : IDirectLineOutbox
{
    private readonly SemaphoreSlim[] stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Tells the bot that <paramref name="userId"/> joined, once per conversation, and records its greeting.</summary>
    /// <returns>True if this call started the conversation.</returns>
    public async Task<bool> StartAsync(string conversationId, string? userId, string serviceUrl)
    {
        return await RunAsync(conversationId, async cancellationToken =>
        {
            if (history.Find(conversationId) is not { Started: false } conversation)
            {
                return false;
            }

            var bot = history.Bot;
            var user = new ChannelAccount { Id = conversation.UserId ?? userId, Role = "user" };
            var update = new Activity
            {
                Type = "conversationUpdate",
                ChannelId = EmbeddedDirectLine.TurnChannelId,
                ServiceUrl = serviceUrl,
                Conversation = new ConversationAccount { Id = conversationId },
                From = user.Id is null ? bot : user,
                Recipient = bot,
                MembersAdded = user.Id is null ? [bot] : [bot, user],
            };

            // The greeting is recorded in the turn's transaction; a turn that failed leaves its apology and the conversation unstarted.
            var turn = await processor.ProcessAsync(update, null, kept => history.Append(conversationId, AsBot(kept.Replies), markStarted: true), cancellationToken);
            if (!turn.Kept)
            {
                history.Append(conversationId, AsBot(turn.Replies));
            }

            return true;
        });
    }

    /// <summary>
    /// Records the posted activity (the echo), runs the bot's turn on it and records the replies, all in the turn's
    /// transaction; returns the echo's id. A client that posts the same activity again (<paramref name="clientId"/>: Web
    /// Chat's clientActivityID) gets the first echo's id, and no second turn runs.
    /// </summary>
    public async Task<string> PostAsync(string conversationId, Activity activity, string serviceUrl, string? clientId = null)
    {
        return await RunAsync(conversationId, async cancellationToken =>
        {
            activity.ServiceUrl = serviceUrl;
            activity.Recipient = history.Bot;
            if (!ActivityProcessor.StartsTurn(activity))
            {
                history.Append(conversationId, [activity]);
                return activity.Id!;
            }

            activity.ChannelId = EmbeddedDirectLine.TurnChannelId;
            activity.Conversation = new ConversationAccount { Id = conversationId };
            var handledKey = clientId is null ? null : HandledActivity.KeyOf(EmbeddedDirectLine.TurnChannelId, conversationId, clientId);
            var turn = await processor.ProcessAsync(activity, handledKey, kept =>
            {
                kept.Answer = Record(conversationId, activity, kept.Replies);
            }, cancellationToken);
            if (turn.Duplicate && turn.Answer is { } first)
            {
                return first;
            }

            // The turn rolled back, echo and all: the message and the apology are recorded now, and a retry runs the turn again.
            return turn.Kept ? turn.Answer! : Record(conversationId, activity, turn.Replies);
        });
    }

    // The echo first, so that the replies answer its id.
    private string Record(string conversationId, Activity echo, IReadOnlyList<Activity> replies)
    {
        history.Append(conversationId, [echo]);
        foreach (var reply in replies)
        {
            reply.ReplyToId = echo.Id;
        }

        history.Append(conversationId, AsBot(replies));
        return echo.Id!;
    }

    public string SendToUser(string userId, Activity activity)
    {
        var conversation = history.LatestOf(userId) ?? history.Create(userId);
        return SendToConversation(conversation.Id, activity) ?? throw new InvalidOperationException("The conversation just found is gone.");
    }

    // Not under the conversation's turn lock: a turn that notifies someone (even in its own conversation) must not wait on itself.
    // The history's own lock still keeps ids, watermarks and the stream in order.
    public string? SendToConversation(string conversationId, Activity activity)
    {
        if (history.Find(conversationId) is not { } conversation)
        {
            return null;
        }

        history.Append(conversationId, [FromBot(activity, conversation)]);
        return activity.Id;
    }

    public bool Replace(string conversationId, string activityId, Activity activity) =>
        history.Find(conversationId) is { } conversation && history.Reissue(conversationId, activityId, FromBot(activity, conversation));

    private Activity FromBot(Activity activity, DirectLineConversation conversation)
    {
        activity.Type ??= "message";
        activity.Recipient ??= conversation.UserId is { } userId ? new ChannelAccount { Id = userId, Role = "user" } : null;
        return AsBot([activity])[0];
    }

    private List<Activity> AsBot(IReadOnlyList<Activity> activities)
    {
        var bot = history.Bot;
        foreach (var activity in activities)
        {
            activity.From ??= bot;
            activity.From.Role ??= "bot";
        }

        return activities.ToList();
    }

    // A turn is not cancelled when its HTTP client goes away: the echo is recorded, so the replies must be too.
    private async Task<T> RunAsync<T>(string conversationId, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        var stripe = stripes[(uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            return await work(lifetime.ApplicationStopping);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.BotFailed(exception, conversationId);
            throw;
        }
        finally
        {
            stripe.Release();
        }
    }
}
