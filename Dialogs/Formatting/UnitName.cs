using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Dialogs.Formatting;

/// <summary>
/// A unit's name as Nghị định 30/2020/NĐ-CP writes it. Inside a sentence the kind that opens the name of an administrative
/// unit is a common noun, in lower case ("xã Hưng Lộc", "thành phố Vinh", "Công an xã Hưng Lộc"); at the start of a
/// sentence, or standing alone, the name opens with a capital ("Xã Hưng Lộc"). Agencies and organisations keep their
/// capitals ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn").
/// </summary>
internal static class UnitName
{
    public static string InSentence(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return InSentence(unit.Name, unit.Kind);
    }

    public static string AtStart(Unit unit) => VietnameseFormat.Capitalised(InSentence(unit));

    public static string InSentence(string name, UnitKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        return KindWord(kind) is { } word
            && name.Length > word.Length + 1
            && name[word.Length] == ' '
            && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                ? word + name[word.Length..]
                : name;
    }

    public static string AtStart(string name, UnitKind kind) => VietnameseFormat.Capitalised(InSentence(name, kind));

    // Only administrative units: the name of an agency or organisation is a proper name from its first word.
    private static string? KindWord(UnitKind kind) => kind switch
    {
        UnitKind.Province => BotText.UnitKind_Province,
        UnitKind.City => BotText.UnitKind_City,
        UnitKind.Town => BotText.UnitKind_Town,
        UnitKind.District => BotText.UnitKind_District,
        UnitKind.Commune => BotText.UnitKind_Commune,
        UnitKind.Ward => BotText.UnitKind_Ward,
        UnitKind.Township => BotText.UnitKind_Township,
        _ => null,
    };
}
