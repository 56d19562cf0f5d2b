using System.Text;
using SoKetBot.Bot.Protocol;
using SoKetBot.Storage.DirectLine;

namespace SoKetBot.Bot.DirectLine;

/// <summary>
/// The ids a Direct Line client names: a conversation id in the route, a user id in a body. Over the limits of
/// <see cref="ActivityLimits"/> they are refused with 400 before they reach a key; an official's page user id
/// (<c>dl_…</c>) is refused with 403 to any caller but a token the page bound to it.
/// </summary>
internal static class DirectLineIds
{
    /// <summary>The refusal of a route's conversation id, or null if it may be looked up.</summary>
    public static IResult? CheckConversation(string conversationId) =>
        Fits(conversationId, ActivityLimits.ConversationIdBytes)
            ? null
            : DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", $"The conversation id is longer than {ActivityLimits.ConversationIdBytes} bytes.");

    /// <summary>The refusal of a user id chosen by a caller whose credential is not bound to a user, or null if it may be used.</summary>
    public static IResult? CheckChosenUser(string? userId)
    {
        if (userId is not null && !Fits(userId, ActivityLimits.UserIdBytes))
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", $"The user id is longer than {ActivityLimits.UserIdBytes} bytes.");
        }

        return EmbeddedDirectLine.IsOfficialUserId(userId)
            ? DirectLineResults.Error(StatusCodes.Status403Forbidden, "BadArgument", $"User ids starting with '{EmbeddedDirectLine.OfficialUserPrefix}' are given by the page after sign-in only.")
            : null;
    }

    // Every UTF-16 unit takes at least one byte: a long string is refused without encoding it.
    private static bool Fits(string value, int maxBytes) => value.Length <= maxBytes && Encoding.UTF8.GetByteCount(value) <= maxBytes;
}
