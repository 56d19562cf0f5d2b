namespace SoKetBot.Dialogs.Cards;

/// <summary>A two-column list of title and value pairs (<c>FactSet</c>).</summary>
public sealed record FactSet : CardElement
{
    public required IReadOnlyList<Fact> Facts { get; init; }
}
