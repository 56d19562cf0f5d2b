using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>An element of a card's body; its JSON <c>type</c> names the concrete element.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record CardElement
{
    /// <summary>Names the element for <see cref="ToggleVisibilityAction"/>; unique within the card.</summary>
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    /// <value>The default value (null) means visible.</value>
    public bool? IsVisible { get; init; }

    public bool? Separator { get; init; }

    public Spacing? Spacing { get; init; }
}
