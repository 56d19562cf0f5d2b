using System.Globalization;

namespace SoKetBot.Storage.Plans;

// The optional "reminders" object: every key may be left out and takes the default of ReminderSchedule.
internal sealed partial class PlanFileValidator
{
    private ReminderSchedule Reminders(PlanFile.RemindersEntry? entry)
    {
        var defaults = new ReminderSchedule();
        if (entry is null)
        {
            return defaults;
        }

        var daysBefore = entry.DaysBefore ?? defaults.DaysBefore;
        if (daysBefore.Any(days => days is < 0 or > 365))
        {
            Add("reminders.daysBefore", "A number of days before the deadline is negative or over 365.", "List whole days from 0 (the last day) to 365, for example [7, 3, 1, 0].");
        }

        var at = Time(entry.At, "reminders.at") ?? defaults.At;
        var quietUntil = Time(entry.QuietUntil, "reminders.quietUntil") ?? defaults.QuietUntil;
        var quietFrom = Time(entry.QuietFrom, "reminders.quietFrom") ?? defaults.QuietFrom;
        if (quietUntil >= quietFrom)
        {
            Add("reminders.quietFrom", $"The quiet hours leave no time to send: reminders may start at {quietUntil:HH:mm} but must stop at {quietFrom:HH:mm}.", "Make quietUntil (start of the day) earlier than quietFrom (end of the day), for example 07:00 and 18:00.");
        }
        else if (at < quietUntil || at >= quietFrom)
        {
            Add("reminders.at", $"Reminders are due at {at:HH:mm}, in the quiet hours (before {quietUntil:HH:mm} or from {quietFrom:HH:mm}).", "Choose a time between quietUntil and quietFrom, for example \"08:00\".");
        }

        var overdueDays = entry.OverdueDays ?? defaults.OverdueDays;
        var waitingDays = entry.DecisionWaitingDays ?? defaults.DecisionWaitingDays;
        if (overdueDays is < 0 or > 30)
        {
            Add("reminders.overdueDays", $"{overdueDays} overdue days is out of range.", "Use 0 (no overdue notices) to 30.");
        }

        if (waitingDays is < 1 or > 60)
        {
            Add("reminders.decisionWaitingDays", $"{waitingDays} days is out of range.", "Use 1 to 60.");
        }

        return new ReminderSchedule
        {
            DaysBefore = daysBefore.Distinct().OrderDescending().ToList(),
            At = at,
            OverdueDays = overdueDays,
            DecisionWaitingDays = waitingDays,
            QuietUntil = quietUntil,
            QuietFrom = quietFrom,
            WorkingDays = WorkingDays(entry.WorkingDays) ?? defaults.WorkingDays,
            Enabled = entry.Enabled ?? defaults.Enabled,
        };
    }

    private TimeOnly? Time(string? text, string place)
    {
        if (text is null)
        {
            return null;
        }

        if (!TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            Add(place, $"'{text}' is not a time of day.", "Write it as HH:mm, for example \"08:00\".");
            return null;
        }

        return time;
    }

    private List<DayOfWeek>? WorkingDays(IReadOnlyList<string?>? names)
    {
        if (names is null)
        {
            return null;
        }

        var days = new List<DayOfWeek>();
        foreach (var name in names)
        {
            if (Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) && !int.TryParse(name, out _))
            {
                days.Add(day);
            }
            else
            {
                Add("reminders.workingDays", $"'{name}' is not a day of the week.", "Use English day names, for example [\"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\"].");
            }
        }

        if (days.Count == 0)
        {
            Add("reminders.workingDays", "No working day is listed: no reminder could ever be sent.", "List at least one day, or set \"enabled\": false.");
        }

        return days.Distinct().Order().ToList();
    }
}
