using System.Globalization;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Benchmarks;

/// <summary>What one (already linked) official types to complete the review, from opening the chat to submitting.</summary>
internal sealed record Script(IReadOnlyList<TurnInput> Inputs)
{
    public const string ChannelId = "benchmark";

    public static string UserOf(string account) => "bench-" + account;

    public static Script For(Plan plan, string level, string account)
    {
        var typed = new List<string?> { null, "bắt đầu" };
        foreach (var question in plan.SectionsFor(level).SelectMany(section => section.Questions))
        {
            if (question.Type == QuestionType.Records)
            {
                typed.Add("thêm");
                typed.AddRange(question.Fields!.Select(Answer));
                typed.Add("xong");
            }
            else
            {
                typed.Add(Answer(question));
            }
        }

        typed.Add("nộp báo cáo");
        var conversation = UserOf(account);
        return new Script(typed.Select(text => new TurnInput
        {
            ChannelId = ChannelId,
            ConversationId = conversation,
            UserId = conversation,
            Kind = text is null ? TurnKind.ConversationStarted : TurnKind.Message,
            Text = text,
        }).ToList());
    }

    // The answers an official types on a phone: grouped digits, no diacritics, choices by number.
    private static string Answer(Question question) => question.Type switch
    {
        QuestionType.Number => Math.Clamp(1234, question.Min ?? 0, question.Max ?? long.MaxValue).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.'),
        QuestionType.YesNo => "co",
        QuestionType.Choice => "1",
        QuestionType.MultiChoice => "1, 2",
        QuestionType.Date => (question.MinDate ?? new DateOnly(2020, 6, 1)).AddDays(1).ToString("d/M/yyyy", CultureInfo.InvariantCulture),
        QuestionType.ShortText => "Tổ an ninh nhân dân",
        _ => "Cấp ủy, chính quyền đã ban hành nghị quyết chuyên đề về bảo đảm an ninh trật tự.\nTổ chức quán triệt đến 100% chi bộ.",
    };
}
