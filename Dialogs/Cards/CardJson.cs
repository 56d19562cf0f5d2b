using System.Text.Json;

namespace SoKetBot.Dialogs.Cards;

/// <summary>Turns card records into Adaptive Card JSON.</summary>
public static class CardJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Options);
}
