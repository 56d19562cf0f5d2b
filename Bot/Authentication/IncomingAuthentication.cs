namespace SoKetBot.Bot.Authentication;

/// <summary>The outcome of checking an incoming request; <see cref="Reason"/> says why it was refused, in English, for the log.</summary>
internal sealed record IncomingAuthentication(bool Succeeded, string? Reason = null)
{
    public static IncomingAuthentication Anonymous { get; } = new(true);

    public static IncomingAuthentication Refused(string reason) => new(false, reason);
}
