namespace SoKetBot.Bot.Authentication;

/// <summary>Authentication off: Connector calls carry no token, as the Emulator expects.</summary>
internal sealed class NoOutgoingTokenProvider : IOutgoingTokenProvider
{
    public ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
