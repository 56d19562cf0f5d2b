using System.Globalization;
using System.Text.RegularExpressions;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>
/// Recognises commands typed with or without diacritics ("tiếp tục", "tiep tuc"). Only a whole message is a command,
/// so an answer that merely contains a command word stays an answer.
/// </summary>
public static partial class CommandParser
{
    private static readonly Dictionary<string, CommandKind> Phrases = new(StringComparer.Ordinal)
    {
        ["tro giup"] = CommandKind.Help,
        ["giup"] = CommandKind.Help,
        ["giup do"] = CommandKind.Help,
        ["huong dan"] = CommandKind.Help,
        ["help"] = CommandKind.Help,
        ["giai thich"] = CommandKind.QuestionHelp,
        ["goi y"] = CommandKind.QuestionHelp,
        ["quay lai"] = CommandKind.Back,
        ["tro lai"] = CommandKind.Back,
        ["cau truoc"] = CommandKind.Back,
        ["bo qua"] = CommandKind.Skip,
        ["tien do"] = CommandKind.Progress,
        ["xem tien do"] = CommandKind.Progress,
        ["tam dung"] = CommandKind.Pause,
        ["dung lai"] = CommandKind.Pause,
        ["tam nghi"] = CommandKind.Pause,
        ["tiep tuc"] = CommandKind.Resume,
        ["lam tiep"] = CommandKind.Resume,
        ["huy"] = CommandKind.Cancel,
        ["huy bo"] = CommandKind.Cancel,
        ["bat dau"] = CommandKind.Start,
        ["nop"] = CommandKind.Submit,
        ["nop bao cao"] = CommandKind.Submit,
        ["gui bao cao"] = CommandKind.Submit,
        ["xem lai"] = CommandKind.Summary,
        ["tong hop"] = CommandKind.Summary,
        ["them"] = CommandKind.Add,
        ["them nua"] = CommandKind.Add,
        ["xong"] = CommandKind.Done,
        ["het"] = CommandKind.Done,
        ["ket thuc"] = CommandKind.Done,
        ["menu"] = CommandKind.Menu,
        ["trang chinh"] = CommandKind.Menu,
        ["giu nguyen"] = CommandKind.Keep,
        ["giu"] = CommandKind.Keep,
        ["cho duyet"] = CommandKind.Pending,
        ["danh sach cho duyet"] = CommandKind.Pending,
        ["xem cho duyet"] = CommandKind.Pending,
        ["nhac nho"] = CommandKind.Nudge,
        ["nhac nho ngay"] = CommandKind.Nudge,
    };

    public static Command? Parse(string text)
    {
        var folded = TextFold.Fold(text);
        if (Phrases.TryGetValue(folded, out var kind))
        {
            return new Command(kind);
        }

        var edit = Edit().Match(folded);
        if (!edit.Success)
        {
            return folded == "sua" ? new Command(CommandKind.Edit) : null;
        }

        return new Command(CommandKind.Edit, Number(edit.Groups["section"]), Number(edit.Groups["question"]));
    }

    private static int? Number(Group group) =>
        group.Success && int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    // "sua 3", "sua 3.2", "sua 3 2", "sua phan 3", "sua phan 3 cau 2", "sua cau 3.2".
    [GeneratedRegex(@"^sua\s*(?:lai\s*)?(?:phan\s*|cau\s*)?(?<section>[0-9]{1,2})(?:\s*(?:[.,/\s]|\s*cau\s*)\s*(?<question>[0-9]{1,2}))?$")]
    private static partial Regex Edit();
}
