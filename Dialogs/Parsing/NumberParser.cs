using System.Globalization;
using System.Text.RegularExpressions;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>Why a typed number was not understood.</summary>
public enum NumberError
{
    None,
    NotANumber,
    NotWhole,

    /// <summary>Digits beyond what a whole number holds; the value is the nearest one that fits, to name the limit.</summary>
    OutOfRange,
}

/// <summary>A whole number read from what an official typed, or why not.</summary>
public readonly record struct NumberRead(long Value, NumberError Error)
{
    public bool Ok => Error == NumberError.None;
}

/// <summary>
/// Reads whole numbers as typed on phones: "1234", "1.234", "1 234", "1,234", with or without the counting word
/// ("12 buổi"), in the digits of any script ("１２"). A decimal ("12,5") is refused as not whole.
/// </summary>
public static partial class NumberParser
{
    // Longer than any number with its unit; longer text is not a number and never reaches the regexes.
    private const int MaxLength = 100;

    public static NumberRead Parse(string text, string? unit = null)
    {
        if (text.Length > MaxLength * 4)
        {
            return new NumberRead(0, NumberError.NotANumber);
        }

        var folded = TextFold.Fold(text);
        if (unit is not null && TextFold.Fold(unit) is { Length: > 0 } foldedUnit)
        {
            folded = folded.Replace(foldedUnit, "", StringComparison.Ordinal).Trim();
        }

        if (folded.Length > MaxLength)
        {
            return new NumberRead(0, NumberError.NotANumber);
        }

        if (Grouped().Match(folded) is { Success: true } grouped)
        {
            return Read(grouped.Groups["sign"].Value + grouped.Groups["digits"].Value.Replace(".", "", StringComparison.Ordinal)
                .Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
        }

        return Decimal().IsMatch(folded) ? new NumberRead(0, NumberError.NotWhole) : new NumberRead(0, NumberError.NotANumber);
    }

    // Only ASCII digits and a sign reach here, so a failure is an overflow.
    private static NumberRead Read(string digits) =>
        long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? new NumberRead(value, NumberError.None)
            : new NumberRead(digits.StartsWith('-') ? long.MinValue : long.MaxValue, NumberError.OutOfRange);

    // Plain digits, or digits in groups of three separated by one kind of separator: 1234, 1.234, 1 234, 1,234,567.
    [GeneratedRegex(@"^(?<sign>-?)\s*(?<digits>[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+|[0-9]{1,3}(?:,[0-9]{3})+)$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^-?\s*[0-9][0-9.\s]*[.,][0-9]+$")]
    private static partial Regex Decimal();
}
