using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>The size of a TextBlock's text; serialized as "default", "small", "medium", "large", "extraLarge".</summary>
[JsonConverter(typeof(CardEnumConverter<FontSize>))]
public enum FontSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
