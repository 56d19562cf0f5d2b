namespace SoKetBot.Storage.Plans;

/// <summary>Moves a plan in time by whole days, keeping every distance between its dates.</summary>
public static class PlanShift
{
    /// <summary>Added to the id of the shifted copy, so that the real plan keeps its dates and its answers.</summary>
    public const string DemoSuffix = "-demo";

    /// <summary>The plan moved so that it is issued on <paramref name="today"/>.</summary>
    public static Plan ShiftToToday(Plan plan, DateOnly today) => ShiftByDays(plan, today.DayNumber - plan.Issued.DayNumber);

    /// <summary>Today's date in the plan's zone.</summary>
    public static DateOnly TodayIn(Plan plan, TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(plan.TimeZone)).DateTime);

    /// <summary>The plan with its issue date, level deadlines and date-question limits moved by <paramref name="days"/>.</summary>
    public static Plan ShiftByDays(Plan plan, int days)
    {
        if (days == 0)
        {
            return plan;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(plan.TimeZone);
        return plan with
        {
            Issued = plan.Issued.AddDays(days),
            Levels = plan.Levels.Select(level => level with { Deadline = Shift(level.Deadline, days, zone) }).ToList(),
            Sections = plan.Sections.Select(section => section with { Questions = section.Questions.Select(q => Shift(q, days)).ToList() }).ToList(),
        };
    }

    // The deadline keeps its local wall-clock time (midnight stays midnight even where the zone has daylight saving).
    private static DateTime Shift(DateTime utcDeadline, int days, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcDeadline, DateTimeKind.Utc), zone).AddDays(days);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }

    private static Question Shift(Question question, int days) => question with
    {
        MinDate = question.MinDate?.AddDays(days),
        MaxDate = question.MaxDate?.AddDays(days),
        Fields = question.Fields?.Select(field => Shift(field, days)).ToList(),
    };
}
