using System.Globalization;
using System.Text.RegularExpressions;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>Why a typed date was not understood.</summary>
public enum DateError
{
    None,
    NotADate,
    NotOnCalendar,

    /// <summary>The year is outside <see cref="DateParser.FirstYear"/>–<see cref="DateParser.LastYear"/> ("15/6/0000").</summary>
    YearOutOfRange,
}

/// <summary>A date read from what an official typed, or why not.</summary>
public readonly record struct DateRead(DateOnly Value, DateError Error)
{
    public bool Ok => Error == DateError.None;
}

/// <summary>
/// Reads dates written day first: "15/6/2020", "15/06/2020", "15-6-2020", "15.6.2020", "15/6/20"; digits of any
/// script ("１５/６/２０２０"). Years outside 1900–2100 are refused as such.
/// </summary>
public static partial class DateParser
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    // "ngày 15 / 06 / 2020" with generous spaces; anything longer is not a date (and never reaches the regex).
    private const int MaxLength = 64;

    public static DateRead Parse(string text)
    {
        var folded = text.Length > MaxLength * 4 ? "" : TextFold.Fold(text);
        var match = folded.Length > MaxLength ? Match.Empty : DayMonthYear().Match(folded);
        if (!match.Success)
        {
            return new DateRead(default, DateError.NotADate);
        }

        var day = int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (match.Groups["y"].Length == 2)
        {
            year += 2000;
        }

        if (year is < FirstYear or > LastYear)
        {
            return new DateRead(default, DateError.YearOutOfRange);
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateRead(new DateOnly(year, month, day), DateError.None)
            : new DateRead(default, DateError.NotOnCalendar);
    }

    [GeneratedRegex(@"^(?:ngay\s*)?(?<d>[0-9]{1,2})\s*[/.\-]\s*(?<m>[0-9]{1,2})\s*[/.\-]\s*(?<y>[0-9]{4}|[0-9]{2})$")]
    private static partial Regex DayMonthYear();
}
