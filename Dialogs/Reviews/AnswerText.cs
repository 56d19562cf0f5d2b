using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Shows an answer as the official would write it: "12 buổi", "Có", "19/06/2020"; "khoảng 200 người" for an estimate, "Không (vì …)" with a comment.</summary>
internal static class AnswerText
{
    public static string Format(Question question, AnswerValue value)
    {
        if (value.IsEmpty())
        {
            return BotText.Summary_Skipped;
        }

        var shown = question.Type switch
        {
            QuestionType.Number when value.Number is { } number => Number(question, number, value.Approximate),
            QuestionType.YesNo when value.Flag is { } flag => flag ? BotText.Answer_Yes : BotText.Answer_No,
            QuestionType.Date when value.Date is { } date => VietnameseFormat.Date(date),
            QuestionType.Choice or QuestionType.MultiChoice when value.Choices is { } choices => string.Join("; ", choices),
            QuestionType.Records when value.Records is { } records => string.Join("\n", records.Select((record, index) => $"{index + 1}. {Record(question, record)}")),
            _ => value.Text ?? "",
        };
        return value.Comment is { Length: > 0 } comment ? VietnameseFormat.Format(BotText.Answer_WithComment, shown, comment) : shown;
    }

    // "12 buổi", "90 %", "khoảng 200 lượt người".
    private static string Number(Question question, long number, bool approximate)
    {
        var figure = VietnameseFormat.Quantity(number, question.Unit);
        return approximate ? VietnameseFormat.Format(BotText.Answer_Approximate, figure) : figure;
    }

    /// <summary>One repeated record on one line: its fields' values in the plan's order.</summary>
    public static string Record(Question question, IReadOnlyDictionary<string, string> record) =>
        string.Join(" – ", (question.Fields ?? []).Select(field => record.GetValueOrDefault(field.Id)).Where(value => !string.IsNullOrEmpty(value)));
}
