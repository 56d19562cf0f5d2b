using System.Globalization;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.DirectLine;

// The activity routes: a client posts an activity (the echo, then the bot's turn) and polls for what follows its watermark.
internal static partial class DirectLineEndpoints
{
    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineSecret secret, DirectLineTokens tokens, DirectLineHistory history, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, refusal) = Authorize(request, secret, tokens, conversationId);
        if (caller is null)
        {
            return refusal!;
        }

        if (history.Find(conversationId) is not { } conversation)
        {
            return NotFound();
        }

        var (activity, bad) = await DirectLineBody.ReadAsync(request, DirectLineJson.Default.Activity, cancellationToken);
        if (bad is not null)
        {
            return bad;
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity needs a type.");
        }

        if (!caller.MaySpeakIn(conversation))
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "BadArgument", "This conversation belongs to a signed-in official; only the page's token speaks in it.");
        }

        if (ActivityLimits.Check(activity) is { } tooLong)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", tooLong);
        }

        // A token bound to a user speaks only as that user (protocol §4 "from.id"); name and role are kept.
        var userId = caller.BoundUserId ?? (caller.IsSecret ? null : conversation.UserId);
        if (userId is not null)
        {
            activity.From = new ChannelAccount { Id = userId, Name = activity.From?.Name, Role = "user" };
        }
        else if (DirectLineIds.CheckChosenUser(activity.From?.Id) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrEmpty(activity.From?.Id))
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity needs from.id.");
        }

        activity.From.Role ??= "user";
        var clientId = ClientIdOf(activity);
        activity.Id = null;
        try
        {
            var id = await conversations.PostAsync(conversationId, activity, ServiceUrlOf(request), clientId);
            return Results.Json(new ResourceResponse { Id = id }, DirectLineJson.Wire.ResourceResponse);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return DirectLineResults.Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot failed on this activity.");
        }
    }

    // What the client calls the activity, so that its retry of a post (after a timeout, or a restart) runs no second turn:
    // Web Chat's channelData.clientActivityID, or an id the client set itself.
    private static string? ClientIdOf(Activity activity) =>
        activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var clientId) && clientId.ValueKind == System.Text.Json.JsonValueKind.String
        && clientId.GetString() is { Length: > 0 } chosen
            ? chosen
            : activity.Id is { Length: > 0 } id ? id : null;

    // Polling clients stop for good on any 5xx (webchat-measured.md §1), so this route answers 200 whatever happens inside.
    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, DirectLineSecret secret, DirectLineTokens tokens, DirectLineHistory history, ILogger<DirectLineHistory> logger)
    {
        try
        {
            var (caller, refusal) = Authorize(request, secret, tokens, conversationId);
            if (caller is null)
            {
                return refusal!;
            }

            return history.Find(conversationId) is { } conversation
                ? DirectLineResults.ActivitySet(history.Page(conversation, ParseWatermark(watermark)))
                : NotFound();
        }
        catch (Exception exception)
        {
            logger.PollingFailed(exception, conversationId);
            return DirectLineResults.ActivitySet($"{{\"activities\":[],\"watermark\":\"{ParseWatermark(watermark).ToString(CultureInfo.InvariantCulture)}\"}}");
        }
    }
}
