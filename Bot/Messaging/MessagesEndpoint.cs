using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SoKetBot.Bot.Authentication;
using SoKetBot.Bot.Connector;
using SoKetBot.Bot.Outbox;
using SoKetBot.Bot.Observability;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.DirectLine;
using SoKetBot.Storage.Turns;

namespace SoKetBot.Bot.Messaging;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework messaging endpoint (botframework-protocol.md §2.1): the turn runs
/// within the request; its replies go back in the response (expectReplies) or to the channel through the outbox, owed in
/// the turn's own transaction with the answer, the conversation reference and the record that the activity was handled.
/// </summary>
internal sealed partial class MessagesEndpoint(
    IOptions<MessagingOptions> options,
    IIncomingAuthenticator authenticator,
    ServiceUrlPolicy serviceUrls,
    ConversationReferences references,
    ActivityProcessor processor,
    IOutbox outbox,
    ITransactionScope transactions,
    IHostApplicationLifetime lifetime,
    BotMetrics metrics,
    ILogger<MessagesEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (activity, problem) = await ActivityRequest.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (activity is null)
        {
            return problem!;
        }

        // The embedded Direct Line channel's own id: its links and conversations are never for an activity posted here.
        if (EmbeddedDirectLine.IsTurnChannel(activity.ChannelId))
        {
            return ActivityRequest.NotAnActivity($"The channel id '{activity.ChannelId}' is reserved for the embedded Direct Line channel.");
        }

        var header = request.Headers.Authorization.ToString() is { Length: > 0 } value ? value : null;
        var authentication = await authenticator.AuthenticateAsync(header, request.HttpContext.Connection.RemoteIpAddress, activity, cancellationToken);
        if (!authentication.Succeeded)
        {
            LogRefused(activity.ChannelId, activity.ServiceUrl, authentication.Reason);
            metrics.Refused(authentication.StatusCode == StatusCodes.Status403Forbidden ? RefusalReason.Forbidden : RefusalReason.Unauthenticated);
            return authentication.StatusCode == StatusCodes.Status403Forbidden
                ? TypedResults.Problem(detail: "The token's key is not endorsed for this channel.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden")
                : TypedResults.Problem(detail: "The request could not be authenticated.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var expectReplies = string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase);
        if (!expectReplies && activity.ServiceUrl is { Length: > 0 } && !serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            LogServiceUrlRefused(activity.ChannelId, activity.ServiceUrl);
            metrics.Refused(RefusalReason.ServiceUrl);
            return ActivityRequest.NotAnActivity("The activity's 'serviceUrl' is not a host the bot may call (Connector:AllowedServiceHosts).");
        }

        if (!ActivityProcessor.StartsTurn(activity))
        {
            if (references.WouldChange(activity))
            {
                await transactions.RunAsync(() => references.Remember(activity));
            }

            return expectReplies ? Replies([]) : TypedResults.Ok();
        }

        if (Invalid(activity, expectReplies) is { } detail)
        {
            return ActivityRequest.NotAnActivity(detail);
        }

        // The turn runs to the end even if the caller hangs up: what it decided is kept, and what it owes is sent.
        var handledKey = activity.Id is { Length: > 0 } id ? HandledActivity.KeyOf(activity.ChannelId!, activity.Conversation!.Id!, id) : null;
        var turn = await processor.ProcessAsync(activity, handledKey, kept =>
        {
            references.Remember(activity, kept.OfficialAccount);
            if (!expectReplies)
            {
                Owe(kept.Replies);
            }
        }, lifetime.ApplicationStopping);

        if (turn.Duplicate)
        {
            LogDuplicate(activity.ChannelId, activity.Conversation?.Id, activity.Id);
            metrics.TurnDuplicate(activity.ChannelId);
        }
        else if (!turn.Kept && !expectReplies)
        {
            // The turn rolled back: only its apology is owed (the channel's retry of the activity runs it again).
            await transactions.RunAsync(() => Owe(turn.Replies));
        }

        return expectReplies ? Replies(turn.Replies) : TypedResults.Ok();
    }

    private void Owe(IReadOnlyList<Activity> replies)
    {
        foreach (var reply in replies)
        {
            outbox.Enqueue(reply);
        }
    }

    private static JsonHttpResult<ExpectedReplies> Replies(IReadOnlyList<Activity> replies) =>
        TypedResults.Json(new ExpectedReplies { Activities = [.. replies] }, ProtocolJson.Wire.ExpectedReplies);

    private static string? Invalid(Activity activity, bool expectReplies)
    {
        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.From?.Id))
        {
            return "The activity needs 'channelId', 'conversation.id' and 'from.id'.";
        }

        if (!expectReplies && ConnectorUrls.ParseServiceUrl(activity.ServiceUrl) is null)
        {
            return "The activity needs an absolute http(s) 'serviceUrl' to send the replies to (or deliveryMode 'expectReplies').";
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity from channel {ChannelId} (serviceUrl {ServiceUrl}): {Reason}")]
    private partial void LogRefused(string? channelId, string? serviceUrl, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity from channel {ChannelId}: its serviceUrl {ServiceUrl} is not allowed")]
    private partial void LogServiceUrlRefused(string? channelId, string? serviceUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} of conversation {ConversationId} on {ChannelId} was received again; no second turn")]
    private partial void LogDuplicate(string? channelId, string? conversationId, string? activityId);
}
