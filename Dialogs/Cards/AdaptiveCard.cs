using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>An Adaptive Card (schema 1.5 at most, which Web Chat and Teams both render), serialized by <see cref="CardJson"/>.</summary>
public sealed record AdaptiveCard
{
    /// <summary>The JSON schema every card points to in <c>$schema</c>.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("$schema")]
    public string Schema { get; } = SchemaUrl;

    public string Type { get; } = "AdaptiveCard";

    /// <value>The default value is "1.5"; Web Chat shows an empty box for versions above 1.6.</value>
    public string Version { get; init; } = "1.5";

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; }
}
