namespace SoKetBot.Dialogs.Cards;

/// <summary>One column of a <see cref="ColumnSet"/>; not a body element of its own, so it is not a <see cref="CardElement"/>.</summary>
public sealed record Column
{
    public string Type { get; } = "Column";

    public string? Id { get; init; }

    public required IReadOnlyList<CardElement> Items { get; init; }

    /// <value>"auto", "stretch", a pixel width such as "80px", or a relative weight such as "2"; the default (null) is "stretch".</value>
    public string? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? IsVisible { get; init; }

    public bool? Separator { get; init; }

    public Spacing? Spacing { get; init; }
}
