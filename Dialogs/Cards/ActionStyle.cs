using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>How a button is emphasised; serialized as "default", "positive", "destructive".</summary>
[JsonConverter(typeof(CardEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
