using System.Diagnostics.CodeAnalysis;

namespace SoKetBot.Storage.Organisation;

/// <summary>The codes that CSV files use for <see cref="UnitKind"/>.</summary>
public static class UnitKinds
{
    private static readonly Dictionary<string, UnitKind> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tinh"] = UnitKind.Province,
        ["thanh-pho"] = UnitKind.City,
        ["thi-xa"] = UnitKind.Town,
        ["huyen"] = UnitKind.District,
        ["so"] = UnitKind.Department,
        ["ban"] = UnitKind.Board,
        ["nganh"] = UnitKind.Sector,
        ["doan-the"] = UnitKind.MassOrganisation,
        ["xa"] = UnitKind.Commune,
        ["phuong"] = UnitKind.Ward,
        ["thi-tran"] = UnitKind.Township,
    };

    public static IEnumerable<string> Codes => ByCode.Keys;

    public static bool TryParse(string code, out UnitKind kind) => ByCode.TryGetValue(code.Trim(), out kind);

    public static string ToCode(UnitKind kind) => ByCode.First(pair => pair.Value == kind).Key;

    public static bool IsKnownLevel(string level, [NotNullWhen(true)] out string? normalized)
    {
        normalized = Levels.FirstOrDefault(known => string.Equals(known, level.Trim(), StringComparison.OrdinalIgnoreCase));
        return normalized is not null;
    }

    /// <summary>The levels an organisation tree uses; a plan picks the ones it reviews.</summary>
    public static readonly IReadOnlyList<string> Levels = ["province", "district", "department", "commune"];
}
