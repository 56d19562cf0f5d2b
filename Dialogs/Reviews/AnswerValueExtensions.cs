using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Reads an <see cref="AnswerValue"/> whatever its type.</summary>
internal static class AnswerValueExtensions
{
    /// <summary>No member set: the official skipped the question.</summary>
    public static bool IsEmpty(this AnswerValue value) =>
        value.Text is null && value.Number is null && value.Flag is null && value.Choices is null && value.Date is null && (value.Records is null || value.Records.Count == 0);
}
