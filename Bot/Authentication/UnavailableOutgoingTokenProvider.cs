namespace SoKetBot.Bot.Authentication;

/// <summary>An app id is configured but no token client is registered yet: refuse to call a channel without a token.</summary>
internal sealed class UnavailableOutgoingTokenProvider : IOutgoingTokenProvider
{
    public ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Bot:MicrosoftAppId is set but no outgoing token provider is registered yet; the activity cannot be sent.");
}
