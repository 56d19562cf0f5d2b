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

    /// <summary>The officials' access codes still being hashed when the report was made (see <see cref="OrganisationImporter.Start(string)"/>).</summary>
    public int CodesWaiting { get; init; }

    /// <summary>The hashing of the codes, while <see cref="CodesWaiting"/>: the accounts whose hash changed, and the rows counted unchanged so far.</summary>
    public CodeHashing? Hashing { get; init; }

    public override string ToString()
    {
        var what = Kind switch { ImportFileKind.Units => "units", ImportFileKind.Officials => "officials", _ => "rows" };
        return Succeeded
            ? $"{File}: {Added + Updated + Unchanged} {what}: {Added} added, {Updated} updated, {Unchanged} unchanged"
              + (CodesWaiting > 0 ? $"; {CodesWaiting} access codes are being hashed (unchanged rows may still prove to have a new code)." : ".")
            : $"{File}: {Errors.Count} bad row(s), nothing imported:" + string.Concat(Errors.Select(error => Environment.NewLine + "  " + error));
    }

    /// <summary>Codes being hashed: <paramref name="Stored"/> ends once all are stored, with the accounts whose hash changed.</summary>
    public sealed record CodeHashing(Task<IReadOnlySet<string>> Stored, IReadOnlySet<string> UnchangedRows);
}
