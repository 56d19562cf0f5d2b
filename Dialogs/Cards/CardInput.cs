using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>An input of a card; its value reaches the bot as a string under its <see cref="Id"/> when the user submits.</summary>
public abstract record CardInput : CardElement
{
    /// <summary>The key of the input's value in the submitted data; required, since an input without one is never sent.</summary>
    [JsonPropertyOrder(-1)]
    public new required string Id
    {
        get => base.Id!;
        init => base.Id = value;
    }

    /// <summary>Shown above the input; hosts read it to screen readers too.</summary>
    public string? Label { get; init; }

    /// <value>The default value (null) means optional; a required empty input stops the submit.</value>
    public bool? IsRequired { get; init; }

    /// <summary>Shown under a required input that is left empty.</summary>
    public string? ErrorMessage { get; init; }
}
