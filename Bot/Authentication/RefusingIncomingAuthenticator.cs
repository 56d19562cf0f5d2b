using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Authentication;

/// <summary>
/// An app id is configured but no token validator is registered yet: refuse everything rather than accept
/// unauthenticated requests (secure by default). The JWT validator replaces this one.
/// </summary>
internal sealed class RefusingIncomingAuthenticator : IIncomingAuthenticator
{
    public Task<IncomingAuthentication> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(IncomingAuthentication.Refused(
            "Bot:MicrosoftAppId is set but no JWT validator is registered yet, so no request can be authenticated. "
            + "Clear Bot:MicrosoftAppId for local use with the Emulator."));
}
