using System.Globalization;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>Why a typed date was not understood.</summary>
public enum DateError
{
    None,
    NotADate,
    NotOnCalendar,

    /// <summary>The year is outside <see cref="DateParser.FirstYear"/>–<see cref="DateParser.LastYear"/> ("15/6/0000").</summary>
    YearOutOfRange,

    /// <summary>"12/6" where the allowed dates span more than one 12 June (or none is known): the year is needed.</summary>
    NeedsYear,
}

/// <summary>A date read from what an official typed, or why not.</summary>
public readonly record struct DateRead(DateOnly Value, DateError Error)
{
    public bool Ok => Error == DateError.None;
}

/// <summary>
/// What a date is read against: today in the plan's zone ("hôm nay", "hôm qua"), and the dates the question allows, which
/// fix the year of "12/6" when only one 12 June lies between them.
/// </summary>
public sealed record DateContext(DateOnly? Today = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// Reads dates written day first: "15/6/2020", "15-6-2020", "15.6.2020", "15 6 2020", "15/6/20", "ngày 15 tháng 6 năm
/// 2020"; year first when it has four digits ("2020-06-15"); "12/6" when the context fixes the year; "hôm nay", "hôm qua",
/// "hôm kia" against the context's today; digits of any script ("１５/６/２０２０"). Years outside 1900–2100 are refused as such.
/// </summary>
public static class DateParser
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    // "ngày 15 tháng 06 năm 2020" with generous spaces; anything longer is not a date and is never looked at.
    private const int MaxLength = 64;

    private static readonly Dictionary<string, int> Relative = new(StringComparer.Ordinal)
    {
        ["hom nay"] = 0,
        ["bua nay"] = 0,
        ["nay"] = 0,
        ["today"] = 0,
        ["hom qua"] = -1,
        ["qua"] = -1,
        ["bua qua"] = -1,
        ["yesterday"] = -1,
        ["hom kia"] = -2,
        ["ngay mai"] = 1,
        ["mai"] = 1,
    };

    // Words around the numbers that say nothing more than the numbers do.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "ngay", "thang", "nam", "vao", "la" };

    public static DateRead Parse(string text) => Parse(text, null);

    public static DateRead Parse(string text, DateContext? context)
    {
        var folded = text.Length > MaxLength * 4 ? "" : TextFold.Fold(text);
        if (folded.Length is 0 or > MaxLength)
        {
            return new DateRead(default, DateError.NotADate);
        }

        if (Relative.TryGetValue(folded, out var days))
        {
            return context?.Today is { } today ? new DateRead(today.AddDays(days), DateError.None) : new DateRead(default, DateError.NotADate);
        }

        return Numbers(folded) is { } numbers ? Read(numbers, context) : new DateRead(default, DateError.NotADate);
    }

    private static DateRead Read(List<string> numbers, DateContext? context)
    {
        if (numbers.Count == 3 && numbers[0].Length == 4)
        {
            return Make(Int(numbers[0]), Int(numbers[1]), Int(numbers[2]));
        }

        if (numbers.Count == 3 && numbers[0].Length <= 2 && numbers[1].Length <= 2 && numbers[2].Length is 2 or 4)
        {
            var year = Int(numbers[2]);
            return Make(numbers[2].Length == 2 ? year + 2000 : year, Int(numbers[1]), Int(numbers[0]));
        }

        return numbers.Count == 2 && numbers[0].Length <= 2 && numbers[1].Length <= 2
            ? WithoutYear(Int(numbers[0]), Int(numbers[1]), context)
            : new DateRead(default, DateError.NotADate);
    }

    // The one date with that day and month between the context's ends; when both ends are in one year, that year
    // (so that a date outside them is named as outside, not as needing a year).
    private static DateRead WithoutYear(int day, int month, DateContext? context)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2020, month))
        {
            return new DateRead(default, DateError.NotOnCalendar);
        }

        if (context is not { From: { } from, To: { } to } || from > to)
        {
            return new DateRead(default, DateError.NeedsYear);
        }

        if (from.Year == to.Year)
        {
            return Make(from.Year, month, day);
        }

        var found = Enumerable.Range(from.Year, Math.Min(to.Year - from.Year + 1, 3))
            .Where(year => day <= DateTime.DaysInMonth(year, month))
            .Select(year => new DateOnly(year, month, day))
            .Where(date => date >= from && date <= to)
            .ToList();
        return (found.Count, to.Year - from.Year < 3) switch
        {
            (1, true) => new DateRead(found[0], DateError.None),
            // None of them is allowed: the first, to be named as outside the allowed dates.
            (0, true) => Make(from.Year, month, day),
            _ => new DateRead(default, DateError.NeedsYear),
        };
    }

    private static DateRead Make(int year, int month, int day)
    {
        if (year is < FirstYear or > LastYear)
        {
            return new DateRead(default, DateError.YearOutOfRange);
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateRead(new DateOnly(year, month, day), DateError.None)
            : new DateRead(default, DateError.NotOnCalendar);
    }

    // The runs of digits, when everything else is a separator (/ - . , space) or a filler word; null otherwise.
    private static List<string>? Numbers(string folded)
    {
        var numbers = new List<string>();
        var i = 0;
        while (i < folded.Length)
        {
            var start = i;
            if (char.IsAsciiDigit(folded[i]))
            {
                while (i < folded.Length && char.IsAsciiDigit(folded[i]))
                {
                    i++;
                }

                if (i - start > 4 || numbers.Count == 3)
                {
                    return null;
                }

                numbers.Add(folded[start..i]);
            }
            else if (char.IsAsciiLetter(folded[i]))
            {
                while (i < folded.Length && char.IsAsciiLetter(folded[i]))
                {
                    i++;
                }

                if (!Filler.Contains(folded[start..i]))
                {
                    return null;
                }
            }
            else if (folded[i] is '/' or '-' or '.' or ',' or ' ')
            {
                i++;
            }
            else
            {
                return null;
            }
        }

        return numbers;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
