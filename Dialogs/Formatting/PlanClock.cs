using System.Collections.Concurrent;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Formatting;

/// <summary>Reads deadlines in a plan's own time zone: "before 19/6" ends at the first instant of 19/6 there.</summary>
internal static class PlanClock
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    public static TimeZoneInfo ZoneOf(Plan plan) => Zones.GetOrAdd(plan.TimeZone, TimeZoneInfo.FindSystemTimeZoneById);

    public static DateOnly LocalDate(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

    /// <summary>The date written in "trước ngày …": the local date of the deadline instant.</summary>
    public static DateOnly DeadlineDate(PlanLevel level, TimeZoneInfo zone) => LocalDate(level.Deadline, zone);

    /// <summary>Whole days from today to the last day before the deadline: 0 on the last day, negative when overdue.</summary>
    public static int DaysLeft(PlanLevel level, DateTime nowUtc, TimeZoneInfo zone)
    {
        var lastDay = LocalDate(level.Deadline.AddTicks(-1), zone);
        return lastDay.DayNumber - LocalDate(nowUtc, zone).DayNumber;
    }

    /// <summary>Whole days late, counting a started day as a day: 0 when on time.</summary>
    public static int DaysLate(DateTime deadlineUtc, DateTime atUtc) =>
        atUtc < deadlineUtc ? 0 : (int)Math.Ceiling((atUtc - deadlineUtc).TotalDays + 1e-9);
}
