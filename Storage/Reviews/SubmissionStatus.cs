namespace SoKetBot.Storage.Reviews;

/// <summary>Where a unit's review stands.</summary>
public enum SubmissionStatus
{
    /// <summary>Being answered; only the reporters see it.</summary>
    Draft,

    /// <summary>Submitted and waiting for the parent unit's decision; read-only to the reporters.</summary>
    Submitted,

    /// <summary>Sent back for revision of some sections.</summary>
    Returned,

    /// <summary>Approved by the parent unit; final.</summary>
    Approved,
}
