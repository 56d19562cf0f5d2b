using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Reminders;

/// <summary>The days and hours a plan's reminders may be sent on, in the plan's zone: working days that are not holidays, outside quiet hours.</summary>
public sealed class ReminderCalendar
{
    private readonly HashSet<DayOfWeek> workingDays;
    private readonly HashSet<DateOnly> holidays;

    public ReminderCalendar(Plan plan, IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Schedule = plan.Reminders;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(plan.TimeZone);
        workingDays = [.. Schedule.WorkingDays];
        this.holidays = [.. holidays];
    }

    public ReminderSchedule Schedule { get; }

    public TimeZoneInfo Zone { get; }

    public bool IsWorkingDay(DateOnly date) => workingDays.Contains(date.DayOfWeek) && !holidays.Contains(date);

    /// <summary>Whether a reminder may leave at <paramref name="utc"/>: a working day, between quietUntil and quietFrom.</summary>
    public bool IsOpen(DateTime utc)
    {
        var local = Local(utc);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && time >= Schedule.QuietUntil && time < Schedule.QuietFrom;
    }

    /// <summary>The first instant at or after <paramref name="utc"/> at which a reminder may leave.</summary>
    public DateTime NextOpen(DateTime utc)
    {
        if (IsOpen(utc))
        {
            return utc;
        }

        var date = LocalDate(utc);
        if (TimeOnly.FromDateTime(Local(utc)) >= Schedule.QuietUntil)
        {
            date = date.AddDays(1);
        }

        for (var i = 0; i < 366 && !IsWorkingDay(date); i++)
        {
            date = date.AddDays(1);
        }

        return ToUtc(date, Schedule.QuietUntil);
    }

    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>When a reminder of <paramref name="date"/> is due: the schedule's time that day, in UTC.</summary>
    public DateTime DueAt(DateOnly date) => ToUtc(date, Schedule.At);

    /// <summary>The working day on or before <paramref name="date"/>.</summary>
    public DateOnly OnOrBefore(DateOnly date)
    {
        for (var i = 0; i < 366 && !IsWorkingDay(date); i++)
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    /// <summary>The first <paramref name="count"/> working days after <paramref name="date"/>.</summary>
    public IReadOnlyList<DateOnly> WorkingDaysAfter(DateOnly date, int count)
    {
        var days = new List<DateOnly>(count);
        for (var i = 0; days.Count < count && i < 366; i++)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                days.Add(date);
            }
        }

        return days;
    }

    private DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    private DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.ToDateTime(time), DateTimeKind.Unspecified), Zone);
}
