using System.Net;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Authentication;

/// <summary>
/// Authentication off (no app id), as the SDK does for the Emulator (protocol §3.3), but only for loopback callers and
/// the addresses in <c>Bot:AllowAnonymousFrom</c>: anyone else could act as any official.
/// </summary>
internal sealed class AnonymousIncomingAuthenticator(AnonymousCallers callers) : IIncomingAuthenticator
{
    public Task<IncomingAuthentication> AuthenticateAsync(string? authorization, IPAddress? remoteAddress, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(callers.IsAllowed(remoteAddress)
            ? IncomingAuthentication.Anonymous
            : IncomingAuthentication.Refused($"No app id is configured, so only loopback and Bot:AllowAnonymousFrom may call without a token; {remoteAddress} may not."));
}
