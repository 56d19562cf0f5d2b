using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Connector;

/// <summary>One call to a channel's Connector REST API, no retries (the outbox retries).</summary>
internal interface IConnectorClient
{
    /// <summary>
    /// Posts the activity to its <see cref="Activity.ServiceUrl"/>: as a reply to <see cref="Activity.ReplyToId"/> when set,
    /// otherwise to the conversation. Never throws for HTTP or network failures; they come back as the result.
    /// </summary>
    Task<ConnectorResult> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces the activity with the same <see cref="Activity.Id"/> in its conversation (PUT; a card updated in place).</summary>
    Task<ConnectorResult> UpdateAsync(Activity activity, CancellationToken cancellationToken);
}
