using LiteDB;

namespace SoKetBot.Storage.Notices;

/// <summary>
/// A message the bot owes an official without being asked, written in the same transaction as what caused it,
/// and marked delivered once it reached at least one of the official's conversations.
/// </summary>
public sealed record Notice
{
    [BsonId]
    public required string Id { get; init; }

    /// <summary>The official it is for.</summary>
    public required string Account { get; init; }

    public required NoticeKind Kind { get; init; }

    /// <summary>The submission it is about (<c>plan|unit</c>); for a reminder, the unit's submission even before it exists.</summary>
    public required string SubmissionId { get; init; }

    public required int Version { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>When it reached the official; null while waiting (no conversation yet, or the channel failed).</summary>
    public DateTime? DeliveredAt { get; init; }

    /// <summary>For reminders: the plan.</summary>
    public string? PlanId { get; init; }

    /// <summary>For reminders: the unit reminded about (the late unit, or the superior unit of a digest or escalation).</summary>
    public string? UnitCode { get; init; }

    /// <summary>For reminders: the plan level whose deadline it is about.</summary>
    public string? LevelId { get; init; }

    /// <summary>For reminders: the deadline it is about, in UTC.</summary>
    public DateTime? DueAt { get; init; }

    /// <summary>For reminders: the reminder log entry that decided it (<c>plan|unit|kind|date</c>).</summary>
    public string? ReminderKey { get; init; }

    /// <summary>When it was handed to the outbox for the official's Connector conversations; null while nobody has it.</summary>
    public DateTime? QueuedAt { get; init; }

    /// <summary>Delivery attempts that reached no conversation.</summary>
    public int FailedAttempts { get; init; }

    /// <summary>When delivery is tried again; null to try at the next sweep.</summary>
    public DateTime? NextAttemptAt { get; init; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; init; }

    /// <summary>Why it was taken out of the outbox without being shown (no longer relevant); null when shown.</summary>
    public string? DroppedBecause { get; init; }

    /// <summary>The card this notice shows or updates, the same for every notice about one submitted version.</summary>
    public string CardKey => $"{SubmissionId}|{Version}";

    /// <summary>Whether this notice is an approval card (shown once per conversation, updated in place).</summary>
    public bool IsCard => Kind is NoticeKind.ReviewSubmitted or NoticeKind.CardDecided;

    /// <summary>Whether this notice is a reminder (quiet hours apply to it).</summary>
    public bool IsReminder => Kind is NoticeKind.Reminder or NoticeKind.Overdue or NoticeKind.Digest or NoticeKind.Escalation or NoticeKind.DecisionWaiting or NoticeKind.Nudge;
}
