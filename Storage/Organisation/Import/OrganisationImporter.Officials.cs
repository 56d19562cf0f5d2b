namespace SoKetBot.Storage.Organisation.Import;

public sealed partial class OrganisationImporter
{
    /// <summary>The role names of the roles column, separated by ';'.</summary>
    public static readonly IReadOnlyDictionary<string, OfficialRoles> RoleNames = new Dictionary<string, OfficialRoles>(StringComparer.OrdinalIgnoreCase)
    {
        ["reporter"] = OfficialRoles.Reporter,
        ["approver"] = OfficialRoles.Approver,
        ["admin"] = OfficialRoles.Administrator,
        ["administrator"] = OfficialRoles.Administrator,
    };

    private ImportReport ImportOfficials(CsvTable table, ImportReport report)
    {
        var (account, fullName, title, unit, roles, accessCode) =
            (Column(table, "account"), Column(table, "full_name"), Column(table, "title"), Column(table, "unit"), Column(table, "roles"), Column(table, "access_code"));
        var errors = table.Errors.ToList();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = new List<(Official Official, string AccessCode)>();
        foreach (var row in table.Rows)
        {
            var rowErrors = new List<string>();
            var name = account(row).ToLowerInvariant();
            if (name.Length == 0)
            {
                rowErrors.Add("account is empty.");
            }
            else if (!name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-'))
            {
                rowErrors.Add($"the account '{account(row)}' may use only letters a-z without diacritics, digits, '.', '_' and '-'.");
            }
            else if (!lines.TryAdd(name, row.Line))
            {
                rowErrors.Add($"the account '{name}' is already on line {lines[name]}: each official once.");
            }

            if (fullName(row).Length == 0)
            {
                rowErrors.Add("full_name is empty.");
            }

            if (unit(row).Length == 0)
            {
                rowErrors.Add("unit is empty: give the code of the official's unit.");
            }
            else if (units.Find(unit(row)) is null)
            {
                rowErrors.Add($"the unit '{unit(row)}' is not among the units: import the units file first, or correct the code.");
            }

            var parsedRoles = ParseRoles(roles(row), rowErrors);
            if (accessCode(row).Length == 0)
            {
                rowErrors.Add("access_code is empty: every official needs one to sign in.");
            }

            errors.AddRange(rowErrors.Select(reason => new ImportError(row.Line, reason)));
            if (rowErrors.Count == 0)
            {
                var official = new Official { Account = name, FullName = fullName(row), Title = title(row).Length == 0 ? null : title(row), UnitCode = unit(row), Roles = parsedRoles, AccessCodeHash = string.Empty };
                read.Add((official, accessCode(row)));
            }
        }

        if (errors.Count > 0)
        {
            return Failed(report, errors);
        }

        // The officials are stored first, each new one with a placeholder and each known one with the hash they had; their codes
        // are hashed afterwards, outside the transaction and on every core (AccessCodeHashing), since PBKDF2 is slow on purpose.
        var (added, updated) = (0, 0);
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        var codes = new List<PendingCode>(read.Count);
        transaction.Run(() =>
        {
            (added, updated) = (0, 0);
            unchanged.Clear();
            codes.Clear();
            foreach (var (official, code) in read)
            {
                var existing = officials.Find(official.Account);
                var stored = official with { AccessCodeHash = existing?.AccessCodeHash ?? AccessCodeHasher.NewPending() };
                codes.Add(new PendingCode(stored.Account, code, stored.AccessCodeHash));
                if (existing == stored)
                {
                    unchanged.Add(stored.Account);
                    continue;
                }

                _ = existing is null ? added++ : updated++;
                officials.Save(stored);
            }
        });
        return report with
        {
            Added = added,
            Updated = updated,
            Unchanged = unchanged.Count,
            CodesWaiting = codes.Count,
            Hashing = new ImportReport.CodeHashing(hashing.HashAsync(codes), unchanged),
        };
    }

    private static OfficialRoles ParseRoles(string text, List<string> rowErrors)
    {
        var roles = OfficialRoles.None;
        foreach (var name in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (RoleNames.TryGetValue(name, out var role))
            {
                roles |= role;
            }
            else
            {
                rowErrors.Add($"unknown role '{name}': use reporter, approver or admin, separated by ';'.");
            }
        }

        if (roles == OfficialRoles.None && !text.Split(';').Any(name => name.Trim().Length > 0))
        {
            rowErrors.Add("roles is empty: give at least one of reporter, approver, admin, separated by ';'.");
        }

        return roles;
    }
}
