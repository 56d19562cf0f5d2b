using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>The background style of a Container or Column; serialized in camelCase ("emphasis").</summary>
[JsonConverter(typeof(CardEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
