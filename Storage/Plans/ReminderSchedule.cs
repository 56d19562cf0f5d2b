namespace SoKetBot.Storage.Plans;

/// <summary>When a plan's reminders are sent, from the plan file's <c>reminders</c> object; every key has a default.</summary>
public sealed record ReminderSchedule
{
    /// <summary>The days before a level's last day on which its units are reminded; 0 is the last day itself.</summary>
    /// <value>The default value is 7, 3, 1 and 0.</value>
    public IReadOnlyList<int> DaysBefore { get; init; } = [7, 3, 1, 0];

    /// <summary>The local time reminders are due at.</summary>
    /// <value>The default value is 08:00.</value>
    public TimeOnly At { get; init; } = new(8, 0);

    /// <summary>On how many working days after the deadline the late units are told (and escalated).</summary>
    /// <value>The default value is 3.</value>
    public int OverdueDays { get; init; } = 3;

    /// <summary>After how many days a submission waiting for a decision is reminded to its approvers.</summary>
    /// <value>The default value is 2.</value>
    public int DecisionWaitingDays { get; init; } = 2;

    /// <summary>No reminder leaves before this local time.</summary>
    /// <value>The default value is 07:00.</value>
    public TimeOnly QuietUntil { get; init; } = new(7, 0);

    /// <summary>No reminder leaves from this local time on.</summary>
    /// <value>The default value is 18:00.</value>
    public TimeOnly QuietFrom { get; init; } = new(18, 0);

    /// <summary>The days reminders are sent on (public holidays from configuration are left out as well).</summary>
    /// <value>The default value is Monday to Friday.</value>
    public IReadOnlyList<DayOfWeek> WorkingDays { get; init; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Whether the plan sends reminders at all.</summary>
    /// <value>The default value is true.</value>
    public bool Enabled { get; init; } = true;
}
