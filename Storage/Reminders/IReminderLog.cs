using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Reminders;

/// <summary>The reminders decided so far.</summary>
public interface IReminderLog : IStore<ReminderRecord>
{
    /// <summary>The ids of the plan's reminders decided for dates from <paramref name="from"/> on.</summary>
    IReadOnlySet<string> KeysSince(string planId, DateOnly from);

    IReadOnlyList<ReminderRecord> OfPlan(string planId);

    /// <summary>Which of <paramref name="keys"/> are decided already: one query for a whole batch.</summary>
    IReadOnlySet<string> DecidedAmong(IReadOnlyCollection<string> keys);

    /// <summary>Adds reminders not recorded yet (their keys checked with <see cref="DecidedAmong"/> in the same transaction), in one call.</summary>
    void Add(IReadOnlyCollection<ReminderRecord> records);
}
