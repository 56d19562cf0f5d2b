using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>The color of a TextBlock's text, from the host's palette; serialized in camelCase ("attention").</summary>
[JsonConverter(typeof(CardEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
