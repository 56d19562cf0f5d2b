using System.Net;

namespace SoKetBot.Bot.Connector;

/// <summary>What one Connector call came to.</summary>
/// <param name="Delivered">The channel accepted the activity.</param>
/// <param name="Id">The id the channel gave the activity, if it said.</param>
/// <param name="Status">The HTTP status, or null when no answer came (network error, timeout).</param>
/// <param name="Transient">Worth another attempt: 5xx, 408, 429 or no answer.</param>
/// <param name="RetryAfter">The channel's Retry-After, if it sent one.</param>
/// <param name="Error">What went wrong, for the log.</param>
internal sealed record ConnectorResult(bool Delivered, string? Id, HttpStatusCode? Status, bool Transient, TimeSpan? RetryAfter, string? Error);
