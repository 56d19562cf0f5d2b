using System.Text.Json;

namespace SoKetBot.Dialogs.Cards;

/// <summary>Turns card records into Adaptive Card JSON, with source-generated metadata (<see cref="CardJsonContext"/>).</summary>
public static class CardJson
{
    /// <summary>The card as a JSON object, ready for an attachment's <c>content</c> (which must be an object, not a string).</summary>
    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, CardJsonContext.Default.AdaptiveCard);

    /// <summary>The card as JSON text, for logs and for the card checker.</summary>
    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard);
}
