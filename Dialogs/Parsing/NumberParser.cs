using System.Globalization;
using System.Text.RegularExpressions;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>Why a typed number was not understood.</summary>
public enum NumberError
{
    None,
    NotANumber,
    NotWhole,
}

/// <summary>A whole number read from what an official typed, or why not.</summary>
public readonly record struct NumberRead(long Value, NumberError Error)
{
    public bool Ok => Error == NumberError.None;
}

/// <summary>
/// Reads whole numbers as typed on phones: "1234", "1.234", "1 234", "1,234", with or without the counting word
/// ("12 buổi"). A decimal ("12,5") is refused as not whole.
/// </summary>
public static partial class NumberParser
{
    public static NumberRead Parse(string text, string? unit = null)
    {
        var folded = TextFold.Fold(text);
        if (unit is not null && TextFold.Fold(unit) is { Length: > 0 } foldedUnit)
        {
            folded = folded.Replace(foldedUnit, "", StringComparison.Ordinal).Trim();
        }

        if (Grouped().Match(folded) is { Success: true } grouped)
        {
            return Read(grouped.Groups["sign"].Value + grouped.Groups["digits"].Value.Replace(".", "", StringComparison.Ordinal)
                .Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
        }

        return Decimal().IsMatch(folded) ? new NumberRead(0, NumberError.NotWhole) : new NumberRead(0, NumberError.NotANumber);
    }

    private static NumberRead Read(string digits) =>
        long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? new NumberRead(value, NumberError.None)
            : new NumberRead(0, NumberError.NotANumber);

    // Plain digits, or digits in groups of three separated by one kind of separator: 1234, 1.234, 1 234, 1,234,567.
    [GeneratedRegex(@"^(?<sign>-?)\s*(?<digits>\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d{1,3}(?:,\d{3})+)$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^-?\s*\d[\d.\s]*[.,]\d+$")]
    private static partial Regex Decimal();
}
