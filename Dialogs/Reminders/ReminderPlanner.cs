using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reminders;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reminders;

/// <summary>
/// Which reminders are due, from the plan's schedule, the organisation and where each review stands: a pure function of
/// its arguments, so that the scheduler, the admin preview and the tests ask the same question.
/// </summary>
public static class ReminderPlanner
{
    public const string Superseded = "superseded";
    public const string DeadlinePassed = "deadline-passed";
    public const string NobodyToTell = "nobody-to-tell";

    /// <summary>
    /// The reminders due from <paramref name="from"/> (a local date) up to <paramref name="nowUtc"/>, each once. Of a series
    /// (one unit's reminders, one superior's digests...) only the latest is to be sent; earlier ones missed (the bot was
    /// down) are returned dropped as superseded, so that they are recorded and never sent late.
    /// </summary>
    public static IReadOnlyList<PlannedReminder> Due(ReminderWorld world, ReminderCalendar calendar, DateTime nowUtc, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(calendar);
        var plan = world.Plan;
        if (!plan.Reminders.Enabled)
        {
            return [];
        }

        var today = calendar.LocalDate(nowUtc);
        var first = from > plan.Issued ? from : plan.Issued;
        var found = new List<PlannedReminder>();
        var unitsByLevel = world.Units.GroupBy(unit => unit.Level).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        foreach (var level in plan.Levels)
        {
            var lastDay = calendar.LocalDate(level.Deadline.AddTicks(-1));
            var dueDates = Window(DueDates(calendar, plan, lastDay), first, today, calendar, nowUtc);
            var overdueDates = Window(calendar.WorkingDaysAfter(lastDay, plan.Reminders.OverdueDays), first, today, calendar, nowUtc);
            if ((dueDates.Count == 0 && overdueDates.Count == 0) || !unitsByLevel.TryGetValue(level.Id, out var units))
            {
                continue;
            }

            foreach (var unit in units)
            {
                if (world.IsPending(unit))
                {
                    var reporters = world.Reporters(unit.Code);
                    found.AddRange(dueDates.Select(date => Planned(world, calendar, ReminderKind.Due, unit.Code, level, date, reporters, nowUtc >= level.Deadline ? DeadlinePassed : null)));
                    found.AddRange(overdueDates.Select(date => Planned(world, calendar, ReminderKind.Overdue, unit.Code, level, date, reporters, null)));
                }

                // A superior's digest, on its own level's schedule, while units below have not submitted.
                if (dueDates.Count > 0 && world.ChildrenOf(unit.Code).Any(world.IsPending))
                {
                    var approvers = world.Approvers(unit.Code);
                    found.AddRange(dueDates.Select(date => Planned(world, calendar, ReminderKind.Digest, unit.Code, level, date, approvers, null)));
                }
            }

            // From the first overdue day, the parent's approvers hear which units are late.
            if (overdueDates.Count > 0)
            {
                foreach (var parent in units.Where(world.IsPending).Select(unit => unit.ParentCode).OfType<string>().Distinct(StringComparer.Ordinal))
                {
                    var approvers = world.Approvers(parent);
                    found.AddRange(overdueDates.Select(date => Planned(world, calendar, ReminderKind.Escalation, parent, level, date, approvers, null)));
                }
            }
        }

        found.AddRange(DecisionsWaiting(world, calendar, first, today, nowUtc));
        return Supersede(found);
    }

    /// <summary>The reminder dates before a level's last day: each moved back to a working day, none before the plan was issued.</summary>
    public static IReadOnlyList<DateOnly> DueDates(ReminderCalendar calendar, Plan plan, DateOnly lastDay)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Reminders.DaysBefore
            .Select(days => calendar.OnOrBefore(lastDay.AddDays(-days)))
            .Where(date => date >= plan.Issued)
            .Distinct()
            .Order()
            .ToList();
    }

    private static List<DateOnly> Window(IEnumerable<DateOnly> dates, DateOnly first, DateOnly today, ReminderCalendar calendar, DateTime nowUtc) =>
        dates.Where(date => date >= first && date <= today && calendar.DueAt(date) <= nowUtc).ToList();

    // Every working day, the approvers of a unit hear of the submissions below that waited more than the schedule's days.
    private static IEnumerable<PlannedReminder> DecisionsWaiting(ReminderWorld world, ReminderCalendar calendar, DateOnly first, DateOnly today, DateTime nowUtc)
    {
        var waitingDays = world.Plan.Reminders.DecisionWaitingDays;
        var submitted = world.Units
            .Select(unit => (Unit: unit, Submission: world.SubmissionOf(unit.Code)))
            .Where(pair => pair.Submission is { Status: SubmissionStatus.Submitted } && world.Levels.ContainsKey(pair.Unit.Level))
            .ToList();
        if (submitted.Count == 0)
        {
            yield break;
        }

        for (var date = first; date <= today; date = date.AddDays(1))
        {
            var dueAt = calendar.DueAt(date);
            if (!calendar.IsWorkingDay(date) || dueAt > nowUtc)
            {
                continue;
            }

            var deciders = submitted
                .Where(pair => pair.Submission!.UpdatedAt <= dueAt.AddDays(-waitingDays))
                .GroupBy(pair => DecidingUnit(world, pair.Unit), StringComparer.Ordinal);
            foreach (var group in deciders)
            {
                var level = world.Levels[group.First().Unit.Level];
                yield return Planned(world, calendar, ReminderKind.DecisionWaiting, group.Key, level, date, world.Approvers(group.Key), null);
            }
        }
    }

    internal static string DecidingUnit(ReminderWorld world, Unit unit) =>
        unit.ParentCode is { } parent && world.UnitsByCode.ContainsKey(parent) ? parent : unit.Code;

    private static PlannedReminder Planned(ReminderWorld world, ReminderCalendar calendar, ReminderKind kind, string unitCode, PlanLevel level, DateOnly date, IReadOnlyList<string> accounts, string? dropped) => new()
    {
        Key = ReminderRecord.KeyOf(world.Plan.Id, unitCode, kind, date),
        PlanId = world.Plan.Id,
        Kind = kind,
        UnitCode = unitCode,
        LevelId = level.Id,
        Date = date,
        DueAt = calendar.DueAt(date),
        Deadline = level.Deadline,
        Accounts = accounts,
        DroppedBecause = dropped ?? (accounts.Count == 0 ? NobodyToTell : null),
    };

    // One reminder per key (two levels with one deadline escalate to the same parent once), and of each series only the
    // latest is sent: what was missed while the bot was down is said by the one that is due now.
    private static List<PlannedReminder> Supersede(List<PlannedReminder> found)
    {
        var unique = found.DistinctBy(reminder => reminder.Key, StringComparer.Ordinal).ToList();
        var latest = new Dictionary<(string Unit, string Series), DateOnly>();
        foreach (var reminder in unique)
        {
            var series = (reminder.UnitCode, Series(reminder.Kind));
            if (!latest.TryGetValue(series, out var date) || reminder.Date > date)
            {
                latest[series] = reminder.Date;
            }
        }

        return unique
            .Select(reminder => reminder.DroppedBecause is null && reminder.Date < latest[(reminder.UnitCode, Series(reminder.Kind))] ? reminder with { DroppedBecause = Superseded } : reminder)
            .OrderBy(reminder => reminder.DueAt)
            .ThenBy(reminder => reminder.Key, StringComparer.Ordinal)
            .ToList();
    }

    // A unit's reminders before and after its deadline are one series: the overdue notice supersedes a missed reminder.
    private static string Series(ReminderKind kind) => kind is ReminderKind.Due or ReminderKind.Overdue ? nameof(ReminderKind.Due) : kind.ToString();
}
