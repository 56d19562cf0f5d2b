namespace SoKetBot.Dialogs.Cards;

/// <summary>Sends <see cref="Data"/> merged with the card's input values to the bot as the message's <c>value</c> (<c>Action.Submit</c>).</summary>
public sealed record SubmitAction : CardAction
{
    /// <summary>Always an object, never a string: string data breaks the submit when inputs have values.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }
}
