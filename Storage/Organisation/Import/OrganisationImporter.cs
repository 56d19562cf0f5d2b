using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation.Import;

/// <summary>
/// Imports units or officials from a UTF-8 CSV file, told apart by its header. A file with any bad row imports nothing;
/// importing the same file again changes nothing; all the writes of one file happen in one transaction.
/// </summary>
public sealed partial class OrganisationImporter(IUnitStore units, IOfficialStore officials, ITransactionScope transaction)
{
    /// <summary>The columns of a units file.</summary>
    public static readonly IReadOnlyList<string> UnitColumns = ["code", "name", "kind", "level", "parent"];

    /// <summary>The columns of an officials file.</summary>
    public static readonly IReadOnlyList<string> OfficialColumns = ["account", "full_name", "title", "unit", "roles", "access_code"];

    /// <summary>Imports the file at <paramref name="path"/>.</summary>
    public ImportReport Import(string path)
    {
        if (!File.Exists(path))
        {
            return new ImportReport { File = path, Kind = ImportFileKind.Unknown, Errors = [new ImportError(0, "the file does not exist.")] };
        }

        using var stream = File.OpenRead(path);
        return Import(stream, path);
    }

    /// <summary>Imports a CSV file read from <paramref name="stream"/>; <paramref name="fileName"/> names it in the report.</summary>
    public ImportReport Import(Stream stream, string fileName)
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

    private static Func<CsvLine, string> Column(CsvTable table, string name)
    {
        var index = table.Header.ToList().IndexOf(name);
        return row => row.Fields[index];
    }

    private static ImportReport Failed(ImportReport report, IEnumerable<ImportError> errors) =>
        report with { Errors = errors.OrderBy(error => error.Line).ToList() };
}
