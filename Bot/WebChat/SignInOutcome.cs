using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Sessions;

namespace SoKetBot.Bot.WebChat;

/// <summary>How a sign-in on the page ended: signed in (with the new server session), a wrong code, or locked.</summary>
internal sealed record SignInOutcome
{
    public Official? Official { get; init; }

    public WebSession? Session { get; init; }

    /// <summary>Tries left after a wrong code; 0 when locked.</summary>
    public int RemainingTries { get; init; }

    public DateTime? LockedUntil { get; init; }
}
