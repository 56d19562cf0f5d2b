using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Dialogs;

/// <summary>A valid answer to any question, typed the way an official on a phone would type it.</summary>
internal static class SampleAnswers
{
    public static string For(Question question) => question.Type switch
    {
        QuestionType.Number => $"{Math.Clamp(1234, question.Min ?? 0, question.Max ?? long.MaxValue):#,0}".Replace(",", ".", StringComparison.Ordinal),
        QuestionType.YesNo => "co",
        QuestionType.Choice => "1",
        QuestionType.MultiChoice => "1, 2",
        QuestionType.Date => (question.MinDate ?? new DateOnly(2020, 6, 1)).AddDays(1).ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        QuestionType.ShortText => "Tổ an ninh nhân dân",
        _ => "Cấp ủy, chính quyền đã ban hành nghị quyết chuyên đề.\nTổ chức quán triệt đến 100% chi bộ.",
    };
}
