namespace SoKetBot.Storage.Reviews;

/// <summary>An answer in its typed form; exactly the member for the question's type is set.</summary>
public sealed record AnswerValue
{
    public string? Text { get; init; }

    public long? Number { get; init; }

    public bool? Flag { get; init; }

    public IReadOnlyList<string>? Choices { get; init; }

    public DateOnly? Date { get; init; }

    public IReadOnlyList<Dictionary<string, string>>? Records { get; init; }

    /// <summary>What the official wrote after the answer itself ("Không, vì chưa có kinh phí" keeps "vì chưa có kinh phí"), NFC.</summary>
    public string? Comment { get; init; }

    /// <summary>The number is an estimate ("khoảng 200").</summary>
    public bool Approximate { get; init; }
}
