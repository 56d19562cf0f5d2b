using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>The weight of a TextBlock's text; serialized as "default", "lighter", "bolder".</summary>
[JsonConverter(typeof(CardEnumConverter<FontWeight>))]
public enum FontWeight
{
    Default,
    Lighter,
    Bolder,
}
