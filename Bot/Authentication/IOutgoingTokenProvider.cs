namespace SoKetBot.Bot.Authentication;

/// <summary>Gives the bearer token for a Connector call to a channel (botframework-protocol.md §3.2).</summary>
internal interface IOutgoingTokenProvider
{
    /// <summary>
    /// The token for calls to <paramref name="serviceUrl"/> (already checked against <c>Connector:AllowedServiceHosts</c>),
    /// or null to send no Authorization header (authentication off).
    /// </summary>
    ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken);
}
