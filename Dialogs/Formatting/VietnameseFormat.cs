using System.Globalization;
using SoKetBot.Dialogs.Resources;

namespace SoKetBot.Dialogs.Formatting;

/// <summary>Numbers, dates and instants the way Vietnamese officials write them: 1.234 người, 19/06/2020.</summary>
internal static class VietnameseFormat
{
    private static readonly NumberFormatInfo Numbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static string Number(long value) => value.ToString("#,0", Numbers);

    public static string Date(DateOnly date) => date.ToString(BotText.Common_DateFormat, CultureInfo.InvariantCulture);

    /// <summary>An instant in the plan's zone, for example "08:30 ngày 19/06/2020".</summary>
    public static string Instant(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString(BotText.Common_DateTimeFormat, CultureInfo.InvariantCulture);

    public static string Format(string template, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, template, arguments);
}
