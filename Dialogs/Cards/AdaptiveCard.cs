namespace SoKetBot.Dialogs.Cards;

/// <summary>An Adaptive Card (schema 1.5 at most), serialized by <see cref="CardJson"/>.</summary>
public sealed record AdaptiveCard
{
    public string Type { get; } = "AdaptiveCard";

    public string Version { get; init; } = "1.5";

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }
}
