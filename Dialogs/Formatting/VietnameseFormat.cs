using System.Globalization;
using SoKetBot.Dialogs.Resources;

namespace SoKetBot.Dialogs.Formatting;

/// <summary>Numbers, dates and instants the way Vietnamese officials write them: 1.234 người, 19/06/2020.</summary>
internal static class VietnameseFormat
{
    private static readonly NumberFormatInfo Numbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>The unit a plan gives a percentage question; it is written against the number: "90%".</summary>
    public const string Percent = "%";

    public static string Number(long value) => value.ToString("#,0", Numbers);

    /// <summary>A number with its unit, as officials write it: "1.234 buổi", "90%", or "12" without a unit.</summary>
    public static string Quantity(long value, string? unit) => unit switch
    {
        null or "" => Number(value),
        Percent => Number(value) + Percent,
        _ => $"{Number(value)} {unit}",
    };

    /// <summary>A heading-like text ("Cấp huyện") used inside a sentence: its first letter in lower case, the rest as written.</summary>
    public static string InSentence(string text) =>
        string.IsNullOrEmpty(text) || !char.IsUpper(text[0]) ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>The text with its first letter in capitals, for the start of a sentence: "đồng chí" → "Đồng chí".</summary>
    public static string Capitalised(string text) =>
        string.IsNullOrEmpty(text) || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Date(DateOnly date) => date.ToString(BotText.Common_DateFormat, CultureInfo.InvariantCulture);

    /// <summary>An instant in the plan's zone, for example "08:30 ngày 19/06/2020".</summary>
    public static string Instant(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString(BotText.Common_DateTimeFormat, CultureInfo.InvariantCulture);

    public static string Format(string template, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, template, arguments);
}
