namespace SoKetBot.Dialogs.Parsing;

/// <summary>Why a typed number was not understood.</summary>
public enum NumberError
{
    None,
    NotANumber,
    NotWhole,

    /// <summary>Digits beyond what a whole number holds; the value is the nearest one that fits, to name the limit.</summary>
    OutOfRange,

    /// <summary>"1,234": the comma is the decimal mark, so this is not a whole number; it may have been meant as 1.234.</summary>
    CommaDecimal,

    /// <summary>"hơn 200", "gần 200": a bound, not a figure; "khoảng 200" is the way to give an estimate.</summary>
    NotExact,
}

/// <summary>A whole number read from what an official typed, or why not.</summary>
public readonly record struct NumberRead(long Value, NumberError Error)
{
    public bool Ok => Error == NumberError.None;

    /// <summary>Typed as an estimate: "khoảng 200", "tầm 200", "~200".</summary>
    public bool Approximate { get; init; }
}

/// <summary>
/// Reads whole numbers as typed on phones: "1234", "1.234", "1 234", with the counting word in any spelling of the unit
/// ("12 buổi", "12 tin bài" for "tin, bài"), in words ("mười hai", "một trăm linh năm"), with a multiplier ("2 nghìn",
/// "1,5 nghìn", "3 triệu", "1tr", "1k2"; not for a percentage), as an estimate ("khoảng 200"), "không" for 0, and in the
/// digits of any script ("１２"). "," is the decimal mark: "12,5" is not whole, and "1,234" is refused as ambiguous.
/// A percentage (unit "%") takes "90%", "90 %" and "90 phần trăm".
/// </summary>
public static class NumberParser
{
    // Longer than any number with its unit; longer text is not a number and is never looked at.
    private const int MaxLength = 100;

    public const string Percent = "%";

    private static readonly string[][] Estimates = [["khoang", "chung"], ["tam", "khoang"], ["xap", "xi"], ["uoc", "tinh"], ["uoc", "khoang"], ["uoc", "chung"], ["uoc"], ["khoang"], ["tam"], ["chung"], ["~"], ["≈"]];

    private static readonly HashSet<string> Bounds = new(StringComparer.Ordinal) { "hon", "tren", "gan", "duoi", "ngoai", "hang", "vai", "it", "nhieu", ">", "<", "+" };

    private static readonly string[][] Leads = [["tong", "cong"], ["tong", "so"], ["tong"], ["la"], ["gom"], ["dat"], ["duoc"], ["co"]];

    private static readonly HashSet<string> Zero = new(StringComparer.Ordinal) { "khong", "ko", "k", "kh", "khong co", "ko co", "k co", "chua co", "chua", "khong co ai", "khong co gi" };

    public static NumberRead Parse(string text, string? unit = null)
    {
        if (text.Length > MaxLength * 4)
        {
            return new NumberRead(0, NumberError.NotANumber);
        }

        var folded = TextFold.Fold(text);
        if (folded.Length > MaxLength)
        {
            return new NumberRead(0, NumberError.NotANumber);
        }

        var tokens = NumberTokens.Split(folded);
        var percent = unit is not null && TextFold.Fold(unit) == Percent;
        StripUnit(tokens, unit, percent);
        var approximate = StripEstimate(tokens, Spelling.Words(text));
        if (tokens.Count > 0 && Bounds.Contains(tokens[0].Text))
        {
            return new NumberRead(0, NumberError.NotExact);
        }

        StripLead(tokens);
        var read = Evaluate(tokens, percent);
        return read with { Approximate = approximate && read.Ok };
    }

    private static NumberRead Evaluate(List<NumberToken> tokens, bool percent)
    {
        if (tokens.Count == 0)
        {
            return new NumberRead(0, NumberError.NotANumber);
        }

        if (Zero.Contains(string.Join(' ', tokens.Select(token => token.Text))))
        {
            return new NumberRead(0, NumberError.None);
        }

        var negative = tokens[0].Text == "-";
        if (negative)
        {
            tokens.RemoveAt(0);
        }

        if (tokens.Any(token => token.Kind == NumberTokenKind.Overflow))
        {
            return new NumberRead(negative ? long.MinValue : long.MaxValue, NumberError.OutOfRange);
        }

        if (percent && tokens.Any(token => token.Kind == NumberTokenKind.Scale))
        {
            return new NumberRead(0, NumberError.NotANumber);
        }

        if (tokens is [{ Kind: NumberTokenKind.Literal, CommaDecimal: true }])
        {
            return new NumberRead(0, NumberError.CommaDecimal);
        }

        if (NumberWords.Value(tokens) is not { } value)
        {
            return new NumberRead(0, NumberError.NotANumber);
        }

        value = negative ? -value : value;
        if (value != decimal.Truncate(value))
        {
            return new NumberRead(0, NumberError.NotWhole);
        }

        return value is > long.MaxValue or < long.MinValue
            ? new NumberRead(value < 0 ? long.MinValue : long.MaxValue, NumberError.OutOfRange)
            : new NumberRead((long)value, NumberError.None);
    }

    // The counting word after the number, in any spelling: each of the unit's words, in any order ("tin bài", "tin/bài",
    // "tin" for "tin, bài"), or their initials ("vb"); for a percentage, "%" or "phần trăm".
    private static void StripUnit(List<NumberToken> tokens, string? unit, bool percent)
    {
        if (percent)
        {
            if (tokens.Count > 1 && tokens[^1].Text == Percent)
            {
                tokens.RemoveAt(tokens.Count - 1);
            }
            else if (tokens.Count > 2 && tokens[^2].Text == "phan" && tokens[^1].Text == "tram")
            {
                tokens.RemoveRange(tokens.Count - 2, 2);
            }

            return;
        }

        var unitWords = unit is null ? [] : NumberTokens.Split(TextFold.Fold(unit)).Where(token => token.Kind == NumberTokenKind.Word).Select(token => token.Text).ToList();
        var words = unitWords.ToHashSet(StringComparer.Ordinal);
        if (unitWords.Count > 1)
        {
            // The initials a chat writes for a unit of several words: "vb" for "văn bản", "kdc" for "khu dân cư".
            words.Add(string.Concat(unitWords.Select(word => word[0])));
        }

        while (tokens.Count > 1 && (words.Contains(tokens[^1].Text) || (tokens[^1].Kind == NumberTokenKind.Separator && tokens[^2].Kind == NumberTokenKind.Word && words.Contains(tokens[^2].Text))))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }
    }

    // "khoảng", "tầm", "~" before the number; "tám" (eight) typed with its marks is a number, not "tầm".
    private static bool StripEstimate(List<NumberToken> tokens, List<string> typed)
    {
        foreach (var estimate in Estimates)
        {
            if (tokens.Count > estimate.Length && estimate.Select((word, i) => tokens[i].Text == word).All(same => same))
            {
                // "tam" is also "tám" (eight): "tam 200" is an estimate, "tam muoi" is eighty unless typed "tầm".
                var marked = typed.Count > 0 && Spelling.IsMarked(typed[0]);
                if (estimate is ["tam"] && (marked ? !Spelling.Matches(typed[0], "tầm") : tokens[1].Kind != NumberTokenKind.Literal))
                {
                    return false;
                }

                tokens.RemoveRange(0, estimate.Length);
                return true;
            }
        }

        return false;
    }

    private static void StripLead(List<NumberToken> tokens)
    {
        foreach (var lead in Leads)
        {
            if (tokens.Count > lead.Length && lead.Select((word, i) => tokens[i].Text == word).All(same => same))
            {
                tokens.RemoveRange(0, lead.Length);
                return;
            }
        }
    }
}
