namespace SoKetBot.Storage.Organisation.Import;

/// <summary>A bad row of an import file: its line (1 is the header) and what is wrong with it.</summary>
public sealed record ImportError(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}
