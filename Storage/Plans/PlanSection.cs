namespace SoKetBot.Storage.Plans;

/// <summary>A section of a review, with its questions in order.</summary>
public sealed record PlanSection
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required IReadOnlyList<string> Levels { get; init; }

    public required IReadOnlyList<Question> Questions { get; init; }
}
