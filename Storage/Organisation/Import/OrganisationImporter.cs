using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation.Import;

/// <summary>
/// Imports units or officials from a UTF-8 CSV file, told apart by its header. A file with any bad row imports nothing;
/// importing the same file again changes nothing; all the writes of one file happen in one transaction, and the access codes
/// of an officials file are hashed after it (<see cref="Start(Stream, string)"/> returns before, <see cref="Import(Stream, string)"/> after).
/// </summary>
public sealed partial class OrganisationImporter(IUnitStore units, IOfficialStore officials, ITransactionScope transaction, AccessCodeHashing hashing)
{
    /// <summary>The columns of a units file.</summary>
    public static readonly IReadOnlyList<string> UnitColumns = ["code", "name", "kind", "level", "parent"];

    /// <summary>The columns of an officials file.</summary>
    public static readonly IReadOnlyList<string> OfficialColumns = ["account", "full_name", "title", "unit", "roles", "access_code"];

    /// <summary>Imports the file at <paramref name="path"/>, its access codes hashed and stored before it returns.</summary>
    public ImportReport Import(string path) => Complete(Start(path));

    /// <summary>Imports a CSV file read from <paramref name="stream"/>, its access codes hashed and stored before it returns.</summary>
    public ImportReport Import(Stream stream, string fileName) => Complete(Start(stream, fileName));

    /// <summary>
    /// Imports the file at <paramref name="path"/> and returns once its rows are stored; an officials file's codes are still being
    /// hashed then (<see cref="ImportReport.CodesWaiting"/>): each works once hashed, or at once when its official signs in here.
    /// </summary>
    public ImportReport Start(string path)
    {
        if (!File.Exists(path))
        {
            return new ImportReport { File = path, Kind = ImportFileKind.Unknown, Errors = [new ImportError(0, "the file does not exist.")] };
        }

        using var stream = File.OpenRead(path);
        return Start(stream, path);
    }

    /// <summary>As <see cref="Start(string)"/>, from <paramref name="stream"/>; <paramref name="fileName"/> names it in the report.</summary>
    public ImportReport Start(Stream stream, string fileName)
    {
        var table = CsvTable.Read(stream);
        var kind = KindOf(table.Header);
        var report = new ImportReport { File = fileName, Kind = kind };
        if (kind == ImportFileKind.Unknown)
        {
            return report with
            {
                Errors = [.. table.Errors.Where(error => error.Line <= 1), new ImportError(1, $"the header '{string.Join(",", table.Header)}' is neither a units file ({string.Join(",", UnitColumns)}) nor an officials file ({string.Join(",", OfficialColumns)}).")],
            };
        }

        var columns = kind == ImportFileKind.Units ? UnitColumns : OfficialColumns;
        var headerErrors = columns.Except(table.Header).Select(missing => new ImportError(1, $"the column '{missing}' is missing: the header must be {string.Join(",", columns)}."))
            .Concat(table.Header.Except(columns).Select(extra => new ImportError(1, $"the column '{extra}' is unknown: the header must be {string.Join(",", columns)}.")))
            .Concat(table.Header.GroupBy(name => name).Where(group => group.Count() > 1).Select(twice => new ImportError(1, $"the column '{twice.Key}' appears twice.")))
            .ToList();
        if (headerErrors.Count > 0)
        {
            return report with { Errors = headerErrors };
        }

        return kind == ImportFileKind.Units ? ImportUnits(table, report) : ImportOfficials(table, report);
    }

    /// <summary>What the file at <paramref name="path"/> holds, told by its header; Unknown when it cannot be read.</summary>
    public static ImportFileKind KindOfFile(string path)
    {
        if (!File.Exists(path))
        {
            return ImportFileKind.Unknown;
        }

        using var stream = File.OpenRead(path);
        return KindOf(CsvTable.Read(stream).Header);
    }

    /// <summary>What the header says the file holds.</summary>
    public static ImportFileKind KindOf(IReadOnlyList<string> header) =>
        header.Contains("account") ? ImportFileKind.Officials
        : header.Contains("code") && header.Contains("kind") ? ImportFileKind.Units
        : ImportFileKind.Unknown;

    /// <summary>Waits until the codes of <paramref name="started"/> are hashed and stored; a changed code makes its official updated.</summary>
    public static ImportReport Complete(ImportReport started)
    {
        ArgumentNullException.ThrowIfNull(started);
        if (started.Hashing is not { } hashing)
        {
            return started;
        }

        var changed = hashing.Stored.GetAwaiter().GetResult();
        var updated = changed.Count(hashing.UnchangedRows.Contains);
        return started with { Updated = started.Updated + updated, Unchanged = started.Unchanged - updated, CodesWaiting = 0, Hashing = null };
    }

    private static Func<CsvLine, string> Column(CsvTable table, string name)
    {
        var index = table.Header.ToList().IndexOf(name);
        return row => row.Fields[index];
    }

    private static ImportReport Failed(ImportReport report, IEnumerable<ImportError> errors) =>
        report with { Errors = errors.OrderBy(error => error.Line).ToList() };
}
