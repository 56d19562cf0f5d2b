namespace SoKetBot.Storage.Organisation.Import;

public sealed partial class OrganisationImporter
{
    private ImportReport ImportUnits(CsvTable table, ImportReport report)
    {
        var (code, name, kind, level, parent) = (Column(table, "code"), Column(table, "name"), Column(table, "kind"), Column(table, "level"), Column(table, "parent"));
        var errors = table.Errors.ToList();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = new List<(int Line, Unit Unit)>();
        var tree = new List<(int Line, string Code, string? ParentCode)>();
        foreach (var row in table.Rows)
        {
            var rowErrors = new List<string>();
            if (code(row).Length == 0)
            {
                rowErrors.Add("code is empty.");
            }
            else if (!lines.TryAdd(code(row), row.Line))
            {
                rowErrors.Add($"the code '{code(row)}' is already on line {lines[code(row)]}: each unit once.");
            }
            else
            {
                tree.Add((row.Line, code(row), parent(row).Length == 0 ? null : parent(row)));
            }

            if (name(row).Length == 0)
            {
                rowErrors.Add("name is empty.");
            }

            if (!UnitKinds.TryParse(kind(row), out var unitKind))
            {
                rowErrors.Add($"unknown kind '{kind(row)}': use one of {string.Join(", ", UnitKinds.Codes)}.");
            }

            if (!UnitKinds.IsKnownLevel(level(row), out var unitLevel))
            {
                rowErrors.Add($"unknown level '{level(row)}': use one of {string.Join(", ", UnitKinds.Levels)}.");
            }

            errors.AddRange(rowErrors.Select(reason => new ImportError(row.Line, reason)));
            if (rowErrors.Count == 0)
            {
                read.Add((row.Line, new Unit { Code = code(row), Name = name(row), Kind = unitKind, Level = unitLevel!, ParentCode = parent(row).Length == 0 ? null : parent(row) }));
            }
        }

        errors.AddRange(CheckParents(tree));
        if (errors.Count > 0)
        {
            return Failed(report, errors);
        }

        var (added, updated, unchanged) = (0, 0, 0);
        transaction.Run(() =>
        {
            foreach (var (_, unit) in read)
            {
                var existing = units.Find(unit.Code);
                if (existing == unit)
                {
                    unchanged++;
                    continue;
                }

                _ = existing is null ? added++ : updated++;
                units.Save(unit);
            }
        });
        return report with { Added = added, Updated = updated, Unchanged = unchanged };
    }

    // Every parent must exist, in the file or already imported, and following parents must end at a root.
    private List<ImportError> CheckParents(List<(int Line, string Code, string? ParentCode)> tree)
    {
        var errors = new List<ImportError>();
        var parents = units.All().ToDictionary(unit => unit.Code, unit => unit.ParentCode, StringComparer.Ordinal);
        foreach (var (_, code, parentCode) in tree)
        {
            parents[code] = parentCode;
        }

        foreach (var (line, code, parentCode) in tree.Where(row => row.ParentCode is not null))
        {
            if (!parents.ContainsKey(parentCode!))
            {
                errors.Add(new ImportError(line, $"the parent '{parentCode}' is neither in this file nor among the units already imported."));
                continue;
            }

            var path = new List<string> { code };
            for (var current = parentCode; current is not null; current = parents.GetValueOrDefault(current))
            {
                if (path.Contains(current))
                {
                    errors.Add(new ImportError(line, $"parent cycle {string.Join(" → ", path.Append(current))}: a unit cannot be below itself."));
                    break;
                }

                path.Add(current);
            }
        }

        return errors;
    }
}
