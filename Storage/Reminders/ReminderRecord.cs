using LiteDB;

namespace SoKetBot.Storage.Reminders;

/// <summary>
/// One reminder, decided once: written in the same transaction as its notices (or as dropped), so that a restart or a
/// second sweep finds it and never sends it again.
/// </summary>
public sealed record ReminderRecord
{
    /// <summary><see cref="KeyOf"/> the plan, the unit, the kind and the local date.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string PlanId { get; init; }

    /// <summary>The unit the reminder is about (for a digest, escalation or decision reminder: the superior unit).</summary>
    public required string UnitCode { get; init; }

    public required ReminderKind Kind { get; init; }

    /// <summary>The local date (plan's zone) it belongs to.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>When it was due, in UTC.</summary>
    public required DateTime DueAt { get; init; }

    /// <summary>When the sweep decided it, in UTC.</summary>
    public required DateTime DecidedAt { get; init; }

    /// <summary>The officials it was posted to; empty when dropped.</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];

    /// <summary>Why it was not sent (superseded by a later one, no longer relevant, nobody to tell); null when sent.</summary>
    public string? DroppedBecause { get; init; }

    /// <summary>The official who asked for it (a nudge); null for the schedule.</summary>
    public string? RequestedBy { get; init; }

    public static string KeyOf(string planId, string unitCode, ReminderKind kind, DateOnly date) =>
        $"{planId}|{unitCode}|{kind}|{date:yyyy-MM-dd}";
}
