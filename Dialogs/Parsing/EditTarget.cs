using System.Globalization;
using System.Text.RegularExpressions;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>What to change, as typed after "sửa" or at the edit question: "3", "3.2", "3 2", "phần 3", "câu 3.2", "phần 3 câu 2".</summary>
public static partial class EditTarget
{
    /// <summary>The section and, when given, the question; null when the text names neither.</summary>
    public static (int Section, int? Question)? Parse(string text)
    {
        var folded = text.Length > 64 ? "" : TextFold.Fold(text);
        var match = Target().Match(folded);
        return match.Success ? (Number(match.Groups["section"])!.Value, Number(match.Groups["question"])) : null;
    }

    private static int? Number(Group group) =>
        group.Success && int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    [GeneratedRegex(@"^(?:phan\s*|cau\s*)?(?<section>[0-9]{1,2})(?:\s*(?:[.,/\s]|\s*cau\s*)\s*(?<question>[0-9]{1,2}))?$")]
    private static partial Regex Target();
}
