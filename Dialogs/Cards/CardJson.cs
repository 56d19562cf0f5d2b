using System.Text.Encodings.Web;
using System.Text.Json;

namespace SoKetBot.Dialogs.Cards;

/// <summary>Turns card records into Adaptive Card JSON, with source-generated metadata (<see cref="CardJsonContext"/>).</summary>
public static class CardJson
{
    // Vietnamese stays readable UTF-8 on the wire instead of \uXXXX escapes; the JSON is never embedded in HTML.
    private static readonly CardJsonContext Context = new(new JsonSerializerOptions(CardJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The card as a JSON object, ready for an attachment's <c>content</c> (which must be an object, not a string).</summary>
    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Context.AdaptiveCard);

    /// <summary>The card as JSON text, for logs and for the card checker.</summary>
    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize(card, Context.AdaptiveCard);
}
