namespace SoKetBot.Storage.Plans;

/// <summary>A level of a plan (cấp xã, cấp huyện...) and the instant before which its units must finish.</summary>
public sealed record PlanLevel
{
    /// <summary>Matches <see cref="Organisation.Unit.Level"/>.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The exact instant before which the level must finish, in UTC.</summary>
    public required DateTime Deadline { get; init; }

    /// <summary>The level this one reports to; null for the top level.</summary>
    public string? ReportsTo { get; init; }
}
