namespace SoKetBot.Dialogs.Cards;

/// <summary>Elements side by side (<c>ColumnSet</c>).</summary>
public sealed record ColumnSet : CardElement
{
    public required IReadOnlyList<Column> Columns { get; init; }
}
