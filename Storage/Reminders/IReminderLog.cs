using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reminders;

/// <summary>The reminders decided so far.</summary>
public interface IReminderLog : IStore<ReminderRecord>
{
    /// <summary>The ids of the plan's reminders decided for dates from <paramref name="from"/> on.</summary>
    IReadOnlySet<string> KeysSince(string planId, DateOnly from);

    IReadOnlyList<ReminderRecord> OfPlan(string planId);
}
