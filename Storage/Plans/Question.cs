namespace SoKetBot.Storage.Plans;

/// <summary>One question of a section, or one field of a repeated record.</summary>
public sealed record Question
{
    /// <summary>Unique in the plan; answers are kept under it.</summary>
    public required string Id { get; init; }

    public required QuestionType Type { get; init; }

    public required string Prompt { get; init; }

    public string? Help { get; init; }

    public bool Required { get; init; } = true;

    /// <summary>The levels that answer it; null means every level of its section.</summary>
    public IReadOnlyList<string>? Levels { get; init; }

    /// <summary>The counting word of a number ("người", "buổi").</summary>
    public string? Unit { get; init; }

    public long? Min { get; init; }

    public long? Max { get; init; }

    /// <summary>Whether the figure adds up when results roll up the hierarchy.</summary>
    public bool Sum { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<string>? Choices { get; init; }

    public int? MaxChoices { get; init; }

    public DateOnly? MinDate { get; init; }

    public DateOnly? MaxDate { get; init; }

    /// <summary>What one record is called ("đề nghị khen thưởng").</summary>
    public string? ItemName { get; init; }

    public int? MaxRecords { get; init; }

    public IReadOnlyList<Question>? Fields { get; init; }

    /// <summary>The length limit of a text answer, with the defaults for each type.</summary>
    public int TextLimit => MaxLength ?? (Type == QuestionType.LongText ? 4000 : 200);
}
