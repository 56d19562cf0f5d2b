namespace SoKetBot.Dialogs.Parsing;

/// <summary>Why a typed choice was not understood.</summary>
public enum ChoiceError
{
    None,
    NotAChoice,

    /// <summary>The text fits several choices equally well; <see cref="ChoiceRead.Indexes"/> holds them.</summary>
    Ambiguous,
    TooMany,

    /// <summary>"không có", "chưa": the official chose none.</summary>
    Declined,
}

/// <summary>The chosen indexes (0-based, in the plan's order), or why not.</summary>
public sealed record ChoiceRead(IReadOnlyList<int> Indexes, ChoiceError Error)
{
    public bool Ok => Error == ChoiceError.None;

    public static ChoiceRead Fail(ChoiceError error) => new([], error);
}

/// <summary>
/// Reads a choice by its number or by any unambiguous part of its text, with or without diacritics: its words ("văn bản",
/// "phụ nữ"), the start of it ("Đoàn" is "Đoàn Thanh niên" rather than "Công đoàn"), the initials of its words ("CCB",
/// "HLHPN", "TB"), and the standard abbreviations both ways ("Mặt trận" for "Ủy ban MTTQ", "MTTQ" for "Mặt trận Tổ quốc").
/// Several at once: "1, 3 và 5", "1 3 5", "1-3", "1 đến 3", "tất cả", "cả 6". "không có" is <see cref="ChoiceError.Declined"/>.
/// </summary>
public static class ChoiceParser
{
    // A list of choices typed out in full stays under this; longer text is not a choice and is never looked at.
    private const int MaxLength = 400;

    private static readonly string[] Separators = [",", ";", "+", "&", "\n", " va ", " hoac ", " voi lai "];

    private static readonly HashSet<string> NumberLeads = new(StringComparer.Ordinal) { "chon", "so", "muc", "y", "cau", "phuong an", "lua chon", "dap an", "phan" };

    private static readonly HashSet<string> AllWords = new(StringComparer.Ordinal) { "cac", "y", "tren", "deu", "muc", "lua", "chon", "phuong", "an", "hinh", "thuc", "to", "chuc", "noi", "dung", "linh", "vuc", "a", "nhe", "luc", "luong", "co" };

    private static readonly HashSet<string> NoneLeads = new(StringComparer.Ordinal) { "khong", "ko", "k", "kh", "chua" };

    public static ChoiceRead One(IReadOnlyList<string> choices, string text)
    {
        var folded = Folded(text);
        if (folded is null)
        {
            return ChoiceRead.Fail(ChoiceError.NotAChoice);
        }

        if (Numbers(folded, choices.Count) is [var index])
        {
            return new ChoiceRead([index], ChoiceError.None);
        }

        var read = ChoiceMatch.Find(ChoiceMatch.Prepare(choices), folded);
        return read.Error == ChoiceError.NotAChoice && Declines(folded) ? ChoiceRead.Fail(ChoiceError.Declined) : read;
    }

    public static ChoiceRead Many(IReadOnlyList<string> choices, string text, int? max)
    {
        var folded = Folded(text);
        if (folded is null)
        {
            return ChoiceRead.Fail(ChoiceError.NotAChoice);
        }

        var read = ManyFolded(ChoiceMatch.Prepare(choices), folded);
        if (read.Error == ChoiceError.NotAChoice && Declines(folded))
        {
            return ChoiceRead.Fail(ChoiceError.Declined);
        }

        return read.Ok && max is { } limit && read.Indexes.Count > limit ? ChoiceRead.Fail(ChoiceError.TooMany) : read;
    }

    private static ChoiceRead ManyFolded(IReadOnlyList<PreparedChoice> choices, string folded)
    {
        if (IsAll(folded, choices.Count))
        {
            return new ChoiceRead([.. Enumerable.Range(0, choices.Count)], ChoiceError.None);
        }

        // A choice typed out whole, commas and all ("Phần lễ: báo cáo kết quả, khen thưởng").
        var whole = ChoiceMatch.Find(choices, folded);
        if (whole is { Ok: true } && ChoiceMatch.IsExact(choices[whole.Indexes[0]], folded))
        {
            return whole;
        }

        var parts = (" " + folded + " ").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = new SortedSet<int>();
        ChoiceRead? failed = null;
        foreach (var part in parts)
        {
            if (Numbers(part, choices.Count) is { } numbers)
            {
                chosen.UnionWith(numbers);
                continue;
            }

            var one = ChoiceMatch.Find(choices, part);
            if (!one.Ok)
            {
                failed ??= one;
                continue;
            }

            chosen.Add(one.Indexes[0]);
        }

        if (failed is null && chosen.Count > 0)
        {
            return new ChoiceRead([.. chosen], ChoiceError.None);
        }

        // The parts were not choices, but the whole may be one ("Lồng ghép với hội nghị khác, ..."), or say why not.
        return whole.Ok ? whole : failed ?? ChoiceRead.Fail(ChoiceError.NotAChoice);
    }

    // "1 3 5", "1-3", "1 đến 3", "từ 2 tới 4", "số 2": numbers and ranges only; null when the part is anything else.
    private static List<int>? Numbers(string part, int count)
    {
        var tokens = part.Replace("->", " - ", StringComparison.Ordinal).Replace("–", " - ", StringComparison.Ordinal).Replace("-", " - ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var numbers = new List<int>();
        var i = tokens.Length > 2 && NumberLeads.Contains(tokens[0] + " " + tokens[1]) ? 2 : tokens.Length > 1 && NumberLeads.Contains(tokens[0]) ? 1 : 0;
        while (i < tokens.Length)
        {
            i += tokens[i] == "tu" ? 1 : 0;
            if (i >= tokens.Length || Index(tokens[i], count) is not { } from)
            {
                return null;
            }

            i++;
            if (i + 1 < tokens.Length && tokens[i] is "-" or "den" or "toi")
            {
                if (Index(tokens[i + 1], count) is not { } to || to < from)
                {
                    return null;
                }

                numbers.AddRange(Enumerable.Range(from, to - from + 1));
                i += 2;
                continue;
            }

            numbers.Add(from);
        }

        return numbers.Count > 0 ? numbers : null;
    }

    private static int? Index(string token, int count) =>
        token.Length <= 3 && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number >= 1 && number <= count ? number - 1 : null;

    // "tất cả", "tất cả các tổ chức trên", "cả 6", "cả sáu": every choice. "tất cả trừ 2" is not.
    private static bool IsAll(string folded, int count)
    {
        var words = folded.Split(' ');
        if (words is ["all"] or ["toan", "bo"])
        {
            return true;
        }

        if (words.Length >= 2 && words[0] == "tat" && words[1] == "ca")
        {
            return words.Skip(2).All(AllWords.Contains);
        }

        return words.Length >= 2 && words[0] == "ca" && NumberParser.Parse(string.Join(' ', words.Skip(1).Where(word => !AllWords.Contains(word)))) is { Ok: true } number
            && number.Value == count;
    }

    // "không", "không có", "chưa có", "không có tổ chức nào", "chưa phối hợp": none was chosen.
    private static bool Declines(string folded)
    {
        var words = folded.Split(' ');
        return YesNoParser.Read(folded).Flag == false || (NoneLeads.Contains(words[0]) && !folded.Any(char.IsAsciiDigit) && words.Length <= 8);
    }

    private static string? Folded(string text)
    {
        if (text.Length > MaxLength * 4)
        {
            return null;
        }

        var folded = TextFold.Fold(text);
        return folded.Length is 0 or > MaxLength ? null : folded;
    }
}
