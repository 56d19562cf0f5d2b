using System.Net;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Authentication;

/// <summary>Decides whether an incoming activity really comes from the channel (botframework-protocol.md §3.1).</summary>
internal interface IIncomingAuthenticator
{
    /// <param name="authorization">The request's Authorization header, if any.</param>
    /// <param name="remoteAddress">The caller's address (for the anonymous mode's loopback rule).</param>
    /// <param name="activity">The activity, whose serviceUrl and channelId a token must match.</param>
    Task<IncomingAuthentication> AuthenticateAsync(string? authorization, IPAddress? remoteAddress, Activity activity, CancellationToken cancellationToken);
}
