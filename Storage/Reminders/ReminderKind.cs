namespace SoKetBot.Storage.Reminders;

/// <summary>The kinds of reminders the schedule (or a superior) sends.</summary>
public enum ReminderKind
{
    /// <summary>Before the deadline, to the reporters of a unit that has not submitted.</summary>
    Due,

    /// <summary>After the deadline, to the reporters of a unit that has not submitted.</summary>
    Overdue,

    /// <summary>To a superior unit's approvers, on the schedule of their own level's deadline.</summary>
    Digest,

    /// <summary>To a parent unit's approvers, from the first overdue day of units below.</summary>
    Escalation,

    /// <summary>To a unit's approvers, about submissions waiting for their decision.</summary>
    DecisionWaiting,

    /// <summary>Asked for by a superior ("Đôn đốc"), at most once a day per unit.</summary>
    Nudge,
}
