using System.Globalization;

namespace SoKetBot.Dialogs.Parsing;

internal enum NumberTokenKind
{
    Literal,
    Word,
    Scale,
    Separator,

    /// <summary>More digits than any whole number holds.</summary>
    Overflow,
}

/// <summary>A piece of a typed number: digits ("1.234", "1,5"), a word ("mười", "nghìn", "buổi") or a sign.</summary>
internal sealed record NumberToken(NumberTokenKind Kind, string Text, decimal Value = 0)
{
    /// <summary>"1,234": one comma before three digits, which is 1.234 in Vietnamese but 1234 to an English keyboard.</summary>
    public bool CommaDecimal { get; init; }

    /// <summary>Digits only, no separator: "12", "234".</summary>
    public bool Plain { get; init; }
}

/// <summary>Splits folded text into number tokens in one pass: digits with their separators, letters, single signs.</summary>
internal static class NumberTokens
{
    // A whole number has at most 19 digits; a few more still name the limit (OutOfRange) rather than fail.
    private const int MaxDigits = 24;

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["k"] = 1_000,
        ["nghin"] = 1_000,
        ["ngan"] = 1_000,
        ["tr"] = 1_000_000,
        ["trieu"] = 1_000_000,
        ["ty"] = 1_000_000_000,
        ["ti"] = 1_000_000_000,
    };

    public static List<NumberToken> Split(string folded)
    {
        var tokens = new List<NumberToken>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < folded.Length && (char.IsAsciiDigit(folded[i]) || (folded[i] is '.' or ',' && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))))
                {
                    i++;
                }

                Add(tokens, Literal(folded[start..i]));
            }
            else if (char.IsLetter(c))
            {
                while (i < folded.Length && char.IsLetter(folded[i]))
                {
                    i++;
                }

                var word = folded[start..i];
                tokens.Add(Scales.TryGetValue(word, out var scale) ? new NumberToken(NumberTokenKind.Scale, word, scale) : new NumberToken(NumberTokenKind.Word, word));
            }
            else
            {
                if (!char.IsWhiteSpace(c))
                {
                    tokens.Add(new NumberToken(NumberTokenKind.Separator, c.ToString()));
                }

                i++;
            }
        }

        return tokens;
    }

    // "1 234 567": groups of three after a first group of one to three digits, typed with spaces, are one number.
    private static void Add(List<NumberToken> tokens, NumberToken literal)
    {
        if (literal.Plain && literal.Text.Length == 3 && tokens.Count > 0 && tokens[^1] is { Plain: true } previous
            && (previous.Text.Length <= 3 || previous.Text.Contains(' ', StringComparison.Ordinal)))
        {
            tokens[^1] = Literal(previous.Text + " " + literal.Text) with { Plain = true };
            return;
        }

        tokens.Add(literal);
    }

    private static NumberToken Literal(string text)
    {
        var digits = text.Replace(" ", "", StringComparison.Ordinal);
        var dots = digits.Count(c => c == '.');
        var commas = digits.Count(c => c == ',');
        var comma = digits.IndexOf(',', StringComparison.Ordinal);
        var integer = comma < 0 ? digits : digits[..comma];
        var fraction = comma < 0 ? "" : digits[(comma + 1)..];
        if (commas > 1 && dots == 0 && Grouped(digits, ','))
        {
            // "1,234,567": English grouping; two commas cannot be a decimal.
            return Number(text, digits.Replace(",", "", StringComparison.Ordinal), "", plain: false);
        }

        if (commas > 1 || (dots > 0 && !Grouped(integer, '.') && (dots > 1 || commas > 0)))
        {
            return new NumberToken(NumberTokenKind.Separator, text);
        }

        if (dots == 1 && !Grouped(integer, '.'))
        {
            // "1.5": an English decimal point.
            var point = integer.IndexOf('.', StringComparison.Ordinal);
            return Number(text, integer[..point], integer[(point + 1)..], plain: false);
        }

        var token = Number(text, integer.Replace(".", "", StringComparison.Ordinal), fraction, plain: dots == 0 && commas == 0);
        return token with { CommaDecimal = dots == 0 && fraction.Length == 3 && integer.Length <= 3 };
    }

    private static NumberToken Number(string text, string integer, string fraction, bool plain)
    {
        if (integer.Length > MaxDigits)
        {
            return new NumberToken(NumberTokenKind.Overflow, text);
        }

        var trimmed = fraction.Length > 8 ? fraction[..8] + "1" : fraction;
        var value = decimal.Parse(trimmed.Length == 0 ? integer : integer + "." + trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new NumberToken(NumberTokenKind.Literal, text, value) { Plain = plain };
    }

    // "1.234.567": one to three digits, then groups of exactly three.
    private static bool Grouped(string digits, char separator)
    {
        var groups = digits.Split(separator);
        return groups.Length > 1 && groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(group => group.Length == 3);
    }
}
