namespace SoKetBot.Dialogs.Cards;

/// <summary>A group of elements that can be styled, shown or hidden together (<c>Container</c>).</summary>
public sealed record Container : CardElement
{
    public required IReadOnlyList<CardElement> Items { get; init; }

    public ContainerStyle? Style { get; init; }
}
