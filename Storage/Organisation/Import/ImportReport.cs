namespace SoKetBot.Storage.Organisation.Import;

/// <summary>What importing one file did: the counts, or the bad rows when nothing was imported.</summary>
public sealed record ImportReport
{
    public required string File { get; init; }

    public required ImportFileKind Kind { get; init; }

    public int Added { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    /// <summary>The bad rows; when there is any, nothing of the file was imported.</summary>
    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;

    public override string ToString()
    {
        var what = Kind switch { ImportFileKind.Units => "units", ImportFileKind.Officials => "officials", _ => "rows" };
        return Succeeded
            ? $"{File}: {Added + Updated + Unchanged} {what}: {Added} added, {Updated} updated, {Unchanged} unchanged."
            : $"{File}: {Errors.Count} bad row(s), nothing imported:" + string.Concat(Errors.Select(error => Environment.NewLine + "  " + error));
    }
}
