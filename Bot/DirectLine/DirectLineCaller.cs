using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using SoKetBot.Storage.DirectLine;

namespace SoKetBot.Bot.DirectLine;

/// <summary>Who called: the holder of the secret (any conversation, any user) or of a token (one conversation, maybe one user).</summary>
internal sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token)
{
    /// <summary>The user id every post is forced to, or null when the client chooses.</summary>
    public string? BoundUserId => Token?.UserId;

    public bool MayUse(string conversationId) => IsSecret || Token!.ConversationId == conversationId;

    /// <summary>
    /// Whether this caller may run turns in the conversation. One bound to an official's page user id (<c>dl_…</c>) takes
    /// turns only from a token bound to that id, which only the page issues; the secret may still read it.
    /// </summary>
    public bool MaySpeakIn(DirectLineConversation conversation) =>
        !EmbeddedDirectLine.IsOfficialUserId(conversation.UserId) || BoundUserId == conversation.UserId;

    /// <summary>Reads the credential of a request: <c>Authorization: Bearer</c>, or <paramref name="fromQuery"/> for a WebSocket.</summary>
    public static (DirectLineCaller? Caller, IResult? Refusal) Authenticate(HttpRequest request, DirectLineSecret secret, DirectLineTokens tokens, string? fromQuery = null)
    {
        var credential = fromQuery;
        if (credential is null)
        {
            var header = request.Headers[HeaderNames.Authorization].ToString();
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return (null, DirectLineResults.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line secret or token is required."));
            }

            credential = header["Bearer ".Length..].Trim();
        }

        if (secret.Value is { } expected
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(expected)))
        {
            return (new DirectLineCaller(true, null), null);
        }

        return tokens.Read(credential) switch
        {
            (DirectLineTokenCheck.Valid, { } token) => (new DirectLineCaller(false, token), null),
            (DirectLineTokenCheck.Expired, _) => (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.")),
            _ => (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "BadArgument", "The secret or token is not valid.")),
        };
    }
}
