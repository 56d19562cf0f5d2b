namespace SoKetBot.Dialogs.Cards;

/// <summary>Shows or hides the elements with the given ids and sends nothing (<c>Action.ToggleVisibility</c>).</summary>
public sealed record ToggleVisibilityAction : CardAction
{
    public required IReadOnlyList<string> TargetElements { get; init; }
}
