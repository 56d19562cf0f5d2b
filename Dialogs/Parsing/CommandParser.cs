using System.Globalization;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>
/// Recognises commands typed with or without diacritics ("tiếp tục", "tiep tuc"), typed together ("tieptuc"), in English
/// ("skip", "back", "help") or with Telex/VNI leftovers ("tieeps tucj"). Only a whole message is a command, so an answer
/// that merely contains a command word stays an answer. "dừng" is a pause only when typed with its diacritics: "dung"
/// could be "đúng" (yes), and is left to the question.
/// </summary>
public static class CommandParser
{
    // The longest command ("danh sách chờ duyệt", "sửa phần 10 câu 12") with room for extra spaces.
    private const int MaxLength = 64;

    private static readonly Dictionary<string, CommandKind> Phrases = new(StringComparer.Ordinal)
    {
        ["tro giup"] = CommandKind.Help,
        ["giup"] = CommandKind.Help,
        ["giup do"] = CommandKind.Help,
        ["huong dan"] = CommandKind.Help,
        ["help"] = CommandKind.Help,
        ["giai thich"] = CommandKind.QuestionHelp,
        ["goi y"] = CommandKind.QuestionHelp,
        ["explain"] = CommandKind.QuestionHelp,
        ["hint"] = CommandKind.QuestionHelp,
        ["quay lai"] = CommandKind.Back,
        ["tro lai"] = CommandKind.Back,
        ["cau truoc"] = CommandKind.Back,
        ["back"] = CommandKind.Back,
        ["previous"] = CommandKind.Back,
        ["prev"] = CommandKind.Back,
        ["bo qua"] = CommandKind.Skip,
        ["skip"] = CommandKind.Skip,
        ["next"] = CommandKind.Skip,
        ["tien do"] = CommandKind.Progress,
        ["xem tien do"] = CommandKind.Progress,
        ["progress"] = CommandKind.Progress,
        ["status"] = CommandKind.Progress,
        ["tam dung"] = CommandKind.Pause,
        ["dung lai"] = CommandKind.Pause,
        ["tam nghi"] = CommandKind.Pause,
        ["pause"] = CommandKind.Pause,
        ["stop"] = CommandKind.Pause,
        ["tiep tuc"] = CommandKind.Resume,
        ["lam tiep"] = CommandKind.Resume,
        ["resume"] = CommandKind.Resume,
        ["continue"] = CommandKind.Resume,
        ["huy"] = CommandKind.Cancel,
        ["huy bo"] = CommandKind.Cancel,
        ["cancel"] = CommandKind.Cancel,
        ["bat dau"] = CommandKind.Start,
        ["start"] = CommandKind.Start,
        ["nop"] = CommandKind.Submit,
        ["nop bao cao"] = CommandKind.Submit,
        ["gui bao cao"] = CommandKind.Submit,
        ["submit"] = CommandKind.Submit,
        ["xem lai"] = CommandKind.Summary,
        ["tong hop"] = CommandKind.Summary,
        ["summary"] = CommandKind.Summary,
        ["review"] = CommandKind.Summary,
        ["them"] = CommandKind.Add,
        ["them nua"] = CommandKind.Add,
        ["add"] = CommandKind.Add,
        ["xong"] = CommandKind.Done,
        ["het"] = CommandKind.Done,
        ["ket thuc"] = CommandKind.Done,
        ["done"] = CommandKind.Done,
        ["finish"] = CommandKind.Done,
        ["menu"] = CommandKind.Menu,
        ["trang chinh"] = CommandKind.Menu,
        ["home"] = CommandKind.Menu,
        ["giu nguyen"] = CommandKind.Keep,
        ["giu"] = CommandKind.Keep,
        ["keep"] = CommandKind.Keep,
        ["cho duyet"] = CommandKind.Pending,
        ["danh sach cho duyet"] = CommandKind.Pending,
        ["xem cho duyet"] = CommandKind.Pending,
        ["pending"] = CommandKind.Pending,
        ["don doc"] = CommandKind.Nudge,
        ["don doc ngay"] = CommandKind.Nudge,
        ["nhac nho"] = CommandKind.Nudge,
        ["nhac nho ngay"] = CommandKind.Nudge,
        ["nudge"] = CommandKind.Nudge,
    };

    // Commands that are commands only as spelled: their folded form is also another word ("dung": đúng, dừng, dùng).
    private static readonly Dictionary<string, CommandKind> Spelled = new(StringComparer.Ordinal)
    {
        [Spelling.Key("dừng")] = CommandKind.Pause,
    };

    // "tieptuc", "boqua", "quaylai": the phrases typed without their spaces, where that is not another phrase.
    private static readonly Dictionary<string, CommandKind> Joined = Phrases
        .GroupBy(pair => pair.Key.Replace(" ", "", StringComparison.Ordinal), StringComparer.Ordinal)
        .Where(group => group.Select(pair => pair.Value).Distinct().Count() == 1)
        .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);

    public static Command? Parse(string text)
    {
        if (text.Length > MaxLength * 4)
        {
            return null;
        }

        var folded = TextFold.Fold(text);
        if (folded.Length > MaxLength)
        {
            return null;
        }

        return Read(text, folded) ?? (KeyboardLeftovers.Decode(folded) is var decoded && decoded != folded ? Read(decoded, TextFold.Fold(decoded)) : null);
    }

    private static Command? Read(string text, string folded)
    {
        var words = Spelling.Words(text);
        if (words.Count == 1 && Spelled.TryGetValue(Spelling.Key(words[0]), out var spelled))
        {
            return new Command(spelled);
        }

        if (Phrases.TryGetValue(folded, out var kind) || Joined.TryGetValue(folded, out kind))
        {
            return new Command(kind);
        }

        return Edit(folded);
    }

    // "sua", "sua 3", "sua 3.2", "sua 3 2", "sua3.2", "sua lai 3.2", "sua phan 3", "sua phan 3 cau 2", "sua cau 3.2", "edit 3.2".
    private static Command? Edit(string folded)
    {
        var rest = folded.StartsWith("sua", StringComparison.Ordinal) ? folded[3..]
            : folded.StartsWith("edit", StringComparison.Ordinal) ? folded[4..]
            : null;
        if (rest is null)
        {
            return null;
        }

        var target = rest.TrimStart();
        if (target.StartsWith("lai", StringComparison.Ordinal))
        {
            target = target[3..].TrimStart();
        }

        if (target.Length == 0)
        {
            return folded is "sua" or "edit" or "sua lai" ? new Command(CommandKind.Edit) : null;
        }

        return EditTarget.ParseFolded(target) is { } chosen ? new Command(CommandKind.Edit, chosen.Section, chosen.Question) : null;
    }
}
