namespace SoKetBot.Storage.Notices;

/// <summary>What a notice tells its official.</summary>
public enum NoticeKind
{
    /// <summary>To an approver: a unit below submitted a version (the card to decide from).</summary>
    ReviewSubmitted,

    /// <summary>To an approver who received the card: it was decided; the card is updated in place.</summary>
    CardDecided,

    /// <summary>To the unit's reporters: their review was approved or returned.</summary>
    ReviewDecided,

    /// <summary>To a unit's reporters before their level's deadline: days left, progress, a button to continue.</summary>
    Reminder,

    /// <summary>To a unit's reporters after their level's deadline, on the first working days.</summary>
    Overdue,

    /// <summary>To a superior's approvers: how many units below have not submitted, and their own deadline.</summary>
    Digest,

    /// <summary>To the parent unit's approvers: which units below are late, and by how much.</summary>
    Escalation,

    /// <summary>To approvers: submissions waiting for their decision for more than a few days.</summary>
    DecisionWaiting,

    /// <summary>To a unit's reporters: their superior pressed "Đôn đốc".</summary>
    Nudge,
}
