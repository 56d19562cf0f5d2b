using SoKetBot.Storage.Reminders;

namespace SoKetBot.Dialogs.Reminders;

/// <summary>A reminder the schedule says is due: to whom, about what, and whether it is still to be sent.</summary>
public sealed record PlannedReminder
{
    /// <summary><see cref="ReminderRecord.KeyOf"/>: the same reminder always has the same key.</summary>
    public required string Key { get; init; }

    public required string PlanId { get; init; }

    public required ReminderKind Kind { get; init; }

    /// <summary>The unit reminded about, or the superior unit for a digest, an escalation or a decision reminder.</summary>
    public required string UnitCode { get; init; }

    /// <summary>The level whose deadline it is about.</summary>
    public required string LevelId { get; init; }

    /// <summary>The local date it belongs to.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>When it is due, in UTC.</summary>
    public required DateTime DueAt { get; init; }

    /// <summary>The deadline it is about, in UTC.</summary>
    public required DateTime Deadline { get; init; }

    /// <summary>The officials to tell.</summary>
    public required IReadOnlyList<string> Accounts { get; init; }

    /// <summary>Why it is recorded without being sent; null when it is to be sent.</summary>
    public string? DroppedBecause { get; init; }
}
