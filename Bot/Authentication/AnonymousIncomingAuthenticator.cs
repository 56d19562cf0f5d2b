using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Authentication;

/// <summary>Authentication off (no app id): every request is accepted, as the SDK does for the Emulator (protocol §3.3).</summary>
internal sealed class AnonymousIncomingAuthenticator : IIncomingAuthenticator
{
    public Task<IncomingAuthentication> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(IncomingAuthentication.Anonymous);
}
