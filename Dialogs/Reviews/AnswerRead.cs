using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>An answer understood, or the Vietnamese reason why not (with an example).</summary>
internal sealed record AnswerRead(AnswerValue? Value, string? Error)
{
    public static AnswerRead Ok(AnswerValue value) => new(value, null);

    public static AnswerRead Fail(string error) => new(null, error);
}
