namespace SoKetBot.Dialogs.Parsing;

/// <summary>
/// The value of a number written with digits, words and multipliers, as spoken: "mười hai", "hai mươi mốt", "một trăm linh
/// năm", "1 nghìn 2 trăm", "2 nghìn 5" (2.500), "1tr2" (1.200.000), "1,5 nghìn", "một nghìn rưỡi". Null when it is not one.
/// </summary>
internal static class NumberWords
{
    // Beyond every whole number: a larger value only has to stay larger (OutOfRange), and decimal must not overflow.
    private const decimal Huge = 1e21m;

    private static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal)
    {
        ["khong"] = 0,
        ["mot"] = 1,
        ["hai"] = 2,
        ["ba"] = 3,
        ["bon"] = 4,
        ["tu"] = 4,
        ["nam"] = 5,
        ["lam"] = 5,
        ["nham"] = 5,
        ["sau"] = 6,
        ["bay"] = 7,
        ["tam"] = 8,
        ["chin"] = 9,
    };

    private static readonly decimal[] ScaleOrder = [1_000_000_000, 1_000_000, 1_000];

    public static decimal? Value(IReadOnlyList<NumberToken> tokens) => Scaled(tokens, 0);

    private static decimal? Scaled(IReadOnlyList<NumberToken> tokens, int level)
    {
        if (level == ScaleOrder.Length)
        {
            return Hundreds(tokens);
        }

        var scale = ScaleOrder[level];
        var at = -1;
        for (var i = 0; i < tokens.Count && at < 0; i++)
        {
            at = tokens[i].Kind == NumberTokenKind.Scale && tokens[i].Value == scale ? i : -1;
        }

        if (at < 0)
        {
            return Scaled(tokens, level + 1);
        }

        // "2 nghìn 3 triệu" is no number: a multiplier counts what stands before it, and that has no smaller multiplier.
        var before = Slice(tokens, 0, at);
        var left = at == 0 || before.Any(token => token.Kind == NumberTokenKind.Scale) ? null : Scaled(before, level + 1);
        var right = Slice(tokens, at + 1, tokens.Count - at - 1);
        var rest = right.Count switch
        {
            0 => 0,
            1 when IsHalf(right[0]) => scale / 2,
            // "2 nghìn 5", "1tr2", "một triệu hai": one digit after the multiplier is its first digit.
            1 when Digit(right[0]) is { } digit => digit * scale / 10,
            _ => Scaled(right, level + 1),
        };
        if (left is not { } count || rest is not { } below || below >= scale)
        {
            return null;
        }

        return Math.Min(Huge, Math.Min(Huge, count) * scale) + below;
    }

    // Below a thousand: "2 trăm", "một trăm linh năm", "hai trăm năm" (250), "trăm rưỡi"; or a number in digits.
    private static decimal? Hundreds(IReadOnlyList<NumberToken> tokens)
    {
        if (tokens is [{ Kind: NumberTokenKind.Literal } literal])
        {
            return literal.Value;
        }

        var at = IndexOf(tokens, "tram");
        if (at < 0)
        {
            return Tens(tokens);
        }

        var hundreds = at == 0 ? 1 : at == 1 ? Digit(tokens[0]) : null;
        var right = Slice(tokens, at + 1, tokens.Count - at - 1);
        var rest = right switch
        {
            [] => 0,
            [var only] when IsHalf(only) => 50,
            [var only] when Digit(only) is { } digit => digit * 10,
            [{ Text: "linh" or "le" }, var only] when Digit(only) is { } digit => digit,
            _ => Tens(right),
        };
        return hundreds is { } h && rest is { } r && r < 100 ? (h * 100) + r : null;
    }

    // Below a hundred: "mười", "mười hai", "hai mươi", "hai mươi mốt", "hai mốt", "2 chục", "12".
    private static decimal? Tens(IReadOnlyList<NumberToken> tokens) => tokens switch
    {
        [{ Kind: NumberTokenKind.Literal } literal] => literal.Value,
        [var only] when Digit(only) is { } digit => digit,
        [{ Text: "muoi" or "chuc" }] => 10,
        [{ Text: "muoi" }, var ones] when Digit(ones) is { } digit => 10 + digit,
        [var tens, { Text: "muoi" or "chuc" }] when Digit(tens) is >= 2 and var digit => digit * 10,
        [var tens, { Text: "muoi" }, var ones] when Digit(tens) is >= 2 and var digit && Digit(ones) is { } one => (digit * 10) + one,
        [{ Kind: NumberTokenKind.Word } tens, { Kind: NumberTokenKind.Word } ones] when Digit(tens) is >= 2 and var digit && Digit(ones) is >= 1 and var one => (digit * 10) + one,
        _ => null,
    };

    // A digit in words, or one digit typed as a digit ("1 trăm", "2 nghìn 5").
    private static int? Digit(NumberToken token) => token.Kind switch
    {
        NumberTokenKind.Word => Digits.TryGetValue(token.Text, out var digit) ? digit : null,
        NumberTokenKind.Literal when token.Plain && token.Text.Length == 1 => (int)token.Value,
        _ => null,
    };

    private static bool IsHalf(NumberToken token) => token.Text == "ruoi";

    private static int IndexOf(IReadOnlyList<NumberToken> tokens, string word)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == NumberTokenKind.Word && tokens[i].Text == word)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<NumberToken> Slice(IReadOnlyList<NumberToken> tokens, int start, int count) => [.. tokens.Skip(start).Take(count)];
}
