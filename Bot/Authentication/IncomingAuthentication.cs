namespace SoKetBot.Bot.Authentication;

/// <summary>
/// The outcome of checking an incoming request: on refusal, the status to answer (401, or 403 for a key not endorsed for
/// the channel) and <see cref="Reason"/>, in English and without the token, for the log.
/// </summary>
internal sealed record IncomingAuthentication(bool Succeeded, int StatusCode = StatusCodes.Status200OK, string? Reason = null)
{
    /// <summary>Accepted without a token (no app id, a caller allowed to be anonymous).</summary>
    public static IncomingAuthentication Anonymous { get; } = new(true);

    /// <summary>Accepted with a valid Bot Framework token.</summary>
    public static IncomingAuthentication Authenticated { get; } = new(true);

    public static IncomingAuthentication Refused(string reason) => new(false, StatusCodes.Status401Unauthorized, reason);

    public static IncomingAuthentication Forbidden(string reason) => new(false, StatusCodes.Status403Forbidden, reason);
}
