using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>How an Input.ChoiceSet shows its choices; serialized as "compact", "expanded", "filtered".</summary>
[JsonConverter(typeof(CardEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
    Filtered,
}
