using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Tests.Dialogs.Reviews;

public sealed class ReviewDialogCommandTests
{
    private static Conversation Walking(DialogHost host) => new Conversation(host).SignIn("xa").Say("bắt đầu");

    [Theory]
    [InlineData("trợ giúp")]
    [InlineData("tro giup")]
    [InlineData("TRO GIUP")]
    public void ReviewDialog_Help_ListsEveryCommand(string typed)
    {
        using var host = new DialogHost();

        var chat = Walking(host).Say(typed);

        foreach (var command in new[] { "quay lại", "bỏ qua", "sửa", "tiến độ", "tạm dừng", "tiếp tục", "hủy" })
        {
            chat.Expect(command);
        }
    }

    [Fact]
    public void ReviewDialog_HelpMidQuestion_KeepsTheQuestion()
    {
        using var host = new DialogHost();
        var chat = Walking(host).Say("1");

        chat.Say("tro giup").Say("15/12/2026").Expect("Đã lưu");

        Assert.Equal("ld-ke-hoach-so-ket", chat.State.QuestionId);
    }

    [Fact]
    public void ReviewDialog_Back_GoesToThePreviousQuestionWithItsAnswer()
    {
        using var host = new DialogHost();
        var chat = Walking(host).Say("1");

        chat.Say("quay lại").Expect("Câu 1.1").Expect("Tổ chức hội nghị sơ kết");
        chat.Say("giữ nguyên").Expect("Câu 1.2");
    }

    [Fact]
    public void ReviewDialog_SkipOptional_MovesOnAndRemembersTheSkip()
    {
        using var host = new DialogHost();
        var chat = Walking(host).Say("1").Say("15/12/2026").Expect("không bắt buộc");

        chat.Say("bo qua").Expect("Đã bỏ qua câu 1.3").Expect("Câu 1.4");

        chat.Say("tạm dừng").Say("tiếp tục").Expect("Câu 1.4");
    }

    [Fact]
    public void ReviewDialog_SkipRequired_SaysItIsRequired()
    {
        using var host = new DialogHost();
        var chat = Walking(host);

        chat.Say("bỏ qua").Expect("bắt buộc");

        Assert.Equal("ld-hinh-thuc-so-ket", chat.State.QuestionId);
    }

    [Fact]
    public void ReviewDialog_EditByNumber_AsksThatQuestionThenReturns()
    {
        using var host = new DialogHost();
        var chat = Walking(host).Say("1").Say("15/12/2026");

        chat.Say("sửa 1.1").Expect("Câu 1.1").Say("3").Expect("Đã lưu");

        chat.Expect("Câu 1.3");
        var answer = host.Get<IAnswerStore>().Find(Answer.KeyOf(Submission.KeyOf(host.Plan.Id, "16708"), "ld-hinh-thuc-so-ket"))!;
        Assert.Equal(["Lồng ghép với cuộc họp khác"], answer.Value.Choices);
    }

    [Fact]
    public void ReviewDialog_EditBySteps_SectionThenQuestion()
    {
        using var host = new DialogHost();
        var chat = Walking(host).Say("1");

        chat.Say("sua").Expect("phần nào");
        chat.Say("1").Expect("Phần 1: Lãnh đạo, chỉ đạo").Expect("1.1. ");
        chat.Say("2").Expect("Câu 1.2");
    }

    [Fact]
    public void ReviewDialog_EditUnknownQuestion_SaysWhatExists()
    {
        using var host = new DialogHost();

        Walking(host).Say("sửa 1.99").Expect("Không có câu 1.99");
    }

    [Fact]
    public void ReviewDialog_Progress_PerSectionWithMissing()
    {
        using var host = new DialogHost();
        var chat = Walking(host).Say("1");

        chat.Say("tien do").Expect("đã trả lời 1/").Expect("Lãnh đạo, chỉ đạo: 1/7").Expect("Còn thiếu: 1.2");
    }

    [Fact]
    public void ReviewDialog_PauseThenResume_AtTheFirstUnansweredQuestion()
    {
        using var host = new DialogHost();
        var chat = Walking(host).Say("1");

        chat.Say("tạm dừng").Expect("Đã lưu");
        Assert.Equal(DialogMode.Idle, chat.State.Mode);

        chat.Say("tiếp tục").Expect("Câu 1.2");
    }

    [Fact]
    public void ReviewDialog_CancelAnEdit_GoesBackToTheSummary()
    {
        using var host = new DialogHost();
        var chat = Walking(host);
        ReviewWalker.AnswerEverything(chat, host.Plan);

        chat.Say("sửa").Say("hủy").Expect("Đã hủy");

        Assert.Equal(DialogMode.Reviewing, chat.State.Mode);
    }

    [Fact]
    public void ReviewDialog_QuestionHelp_ShowsTheQuestionsHelp()
    {
        using var host = new DialogHost();
        var chat = Walking(host);
        var withHelp = host.Plan.Sections.SelectMany(s => s.Questions).First(q => q.Help is not null && (q.Levels is null || q.Levels.Contains("commune")));

        chat.Say("sửa " + Label(host, withHelp.Id)).Say("giải thích");

        chat.Expect(withHelp.Help!);
        Assert.Contains(withHelp.Prompt, chat.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(withHelp.Id, chat.State.QuestionId);
    }

    [Fact]
    public void ReviewDialog_HelpMidQuestion_AsksTheQuestionAgainBelowTheCommands()
    {
        using var host = new DialogHost();
        var chat = Walking(host).Say("1");

        chat.Say("trợ giúp");

        Assert.Contains("tiến độ", chat.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Câu 1.2", chat.Replies[^1].Text, StringComparison.Ordinal);
    }

    private static string Label(DialogHost host, string questionId)
    {
        var sections = host.Plan.SectionsFor("commune");
        for (var s = 0; s < sections.Count; s++)
        {
            for (var q = 0; q < sections[s].Questions.Count; q++)
            {
                if (sections[s].Questions[q].Id == questionId)
                {
                    return $"{s + 1}.{q + 1}";
                }
            }
        }

        throw new InvalidOperationException(questionId);
    }
}
