using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>A button of a card; its JSON <c>type</c> names the action. Action.Execute is left out on purpose: Web Chat ignores it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction
{
    [JsonPropertyOrder(-1)]
    public required string Title { get; init; }

    public ActionStyle? Style { get; init; }
}
