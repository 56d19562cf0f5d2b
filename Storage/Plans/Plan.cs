using LiteDB;

namespace SoKetBot.Storage.Plans;

/// <summary>A review plan, loaded from a plan file by <see cref="PlanLoader"/>.</summary>
public sealed record Plan
{
    [BsonId]
    public required string Id { get; init; }

    /// <summary>The document number, for example "248/KH-UBND".</summary>
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required string Issuer { get; init; }

    public required string LegalBasis { get; init; }

    public required DateOnly Issued { get; init; }

    public required DateOnly PeriodFrom { get; init; }

    public required DateOnly PeriodTo { get; init; }

    /// <summary>The IANA zone that deadlines and reminders are reckoned in.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The levels in the file's order; each reports to another or is the top.</summary>
    public required IReadOnlyList<PlanLevel> Levels { get; init; }

    public required IReadOnlyList<PlanSection> Sections { get; init; }

    /// <summary>When reminders are sent; the defaults when the plan file has no <c>reminders</c> object.</summary>
    public ReminderSchedule Reminders { get; init; } = new();

    /// <summary>How the texts address the officials who answer the plan.</summary>
    /// <value>The default value is <see cref="FormOfAddress.Comrade"/> ("đồng chí").</value>
    public FormOfAddress Address { get; init; }

    public PlanLevel? FindLevel(string levelId) => Levels.FirstOrDefault(level => level.Id == levelId);

    /// <summary>The sections that a unit of <paramref name="levelId"/> answers, each with only its questions for that level.</summary>
    public IReadOnlyList<PlanSection> SectionsFor(string levelId) =>
        Sections.Where(section => section.Levels.Contains(levelId))
            .Select(section => section with { Questions = section.Questions.Where(q => q.Levels is null || q.Levels.Contains(levelId)).ToList() })
            .Where(section => section.Questions.Count > 0)
            .ToList();
}
