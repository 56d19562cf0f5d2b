using System.Text.RegularExpressions;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>Why a typed date was not understood.</summary>
public enum DateError
{
    None,
    NotADate,
    NotOnCalendar,
}

/// <summary>A date read from what an official typed, or why not.</summary>
public readonly record struct DateRead(DateOnly Value, DateError Error)
{
    public bool Ok => Error == DateError.None;
}

/// <summary>Reads dates written day first: "15/6/2020", "15/06/2020", "15-6-2020", "15.6.2020", "15/6/20".</summary>
public static partial class DateParser
{
    public static DateRead Parse(string text)
    {
        var match = DayMonthYear().Match(TextFold.Fold(text));
        if (!match.Success)
        {
            return new DateRead(default, DateError.NotADate);
        }

        var day = int.Parse(match.Groups["d"].ValueSpan, provider: null);
        var month = int.Parse(match.Groups["m"].ValueSpan, provider: null);
        var year = int.Parse(match.Groups["y"].ValueSpan, provider: null);
        if (match.Groups["y"].Length == 2)
        {
            year += 2000;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateRead(new DateOnly(year, month, day), DateError.None)
            : new DateRead(default, DateError.NotOnCalendar);
    }

    [GeneratedRegex(@"^(?:ngay\s*)?(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4}|\d{2})$")]
    private static partial Regex DayMonthYear();
}
