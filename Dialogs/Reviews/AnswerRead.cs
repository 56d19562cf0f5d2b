using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>An answer understood, or the Vietnamese reason why not (with an example).</summary>
internal sealed record AnswerRead(AnswerValue? Value, string? Error)
{
    /// <summary>
    /// The official declined an optional question ("không có" at an optional choice): handle it as "bỏ qua". The value is the
    /// empty answer that a skip stores, so that a caller that does not look at this still stores a skip.
    /// </summary>
    public bool Skipped { get; init; }

    /// <summary>
    /// <see cref="Error"/> is a question back, not a refusal ("dung": "đúng" or "dừng"?): say it, then ask the question again.
    /// </summary>
    public bool Unclear { get; init; }

    public static AnswerRead Ok(AnswerValue value) => new(value, null);

    public static AnswerRead Fail(string error) => new(null, error);

    public static AnswerRead Skip() => new(new AnswerValue(), null) { Skipped = true };

    public static AnswerRead Ask(string question) => new(null, question) { Unclear = true };
}
