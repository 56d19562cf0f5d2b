using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>The space above an element; serialized in camelCase ("none", "extraLarge", "padding").</summary>
[JsonConverter(typeof(CardEnumConverter<Spacing>))]
public enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
