using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Reviews;
using SoKetBot.Tests.Cards;

namespace SoKetBot.Tests.Dialogs.Reviews;

public sealed class ReviewDialogWalkTests
{
    [Fact]
    public void ReviewDialog_CompleteReview_FromGreetingToSubmission()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host).SignIn("xa");

        chat.Say("bắt đầu").Expect("Phần 1/10").Expect("Câu 1.1");
        var turns = ReviewWalker.AnswerEverything(chat, host.Plan);

        Assert.InRange(turns, 40, 80);
        Assert.Equal(DialogMode.Reviewing, chat.State.Mode);
        Assert.Contains(chat.Replies, reply => reply.Card is not null);
        chat.Say("nộp báo cáo").Expect("Đã nộp báo cáo (lần nộp thứ 1)").Expect("đúng hạn");
        var submission = host.Get<ISubmissionStore>().Find(Submission.KeyOf(host.Plan.Id, "16708"))!;
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        var version = host.Get<ISubmissionVersionStore>().OfSubmission(submission.Id).Single();
        Assert.Equal("xa", version.SubmittedBy);
        Assert.True(version.OnTime);
        Assert.Equal(1234, version.Answers["ld-van-ban-chi-dao"].Number);
        // Every card of the walk (tick boxes for several choices, the summary), through the real renderer.
        Assert.True(chat.Cards.Count >= 2);
        CardAssert.AllValid(chat.Cards);
    }

    [Fact]
    public void ReviewDialog_EveryAnswer_IsStoredBeforeTheNextPrompt()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host).SignIn("xa").Say("bat dau");
        var answers = host.Get<IAnswerStore>();
        var submissionId = Submission.KeyOf(host.Plan.Id, "16708");

        chat.Say("1").Expect("Câu 1.2");
        Assert.Equal(["Tổ chức hội nghị sơ kết"], answers.Find(Answer.KeyOf(submissionId, "ld-hinh-thuc-so-ket"))!.Value.Choices);
        chat.Say("15/12/2026").Expect("Câu 1.3");
        Assert.Equal(new DateOnly(2026, 12, 15), answers.Find(Answer.KeyOf(submissionId, "ld-ngay-so-ket"))!.Value.Date);
    }

    [Fact]
    public void ReviewDialog_ResumedInANewConversation_ContinuesWhereItStopped()
    {
        using var host = new DialogHost();
        new Conversation(host).SignIn("xa").Say("bắt đầu").Say("2").Say("10/12/2026").Say("tạm dừng").Expect("tiếp tục");
        host.Time.Advance(TimeSpan.FromDays(1));

        var tomorrow = new Conversation(host, conversationId: "conversation-2").Start().Expect("đã trả lời **2/");
        tomorrow.Say("tiep tuc").Expect("Câu 1.3");

        tomorrow.Say("quay lai").Say("quay lai").Expect("Câu 1.1").Expect("Câu trả lời hiện tại: Sơ kết bằng văn bản");
    }

    [Fact]
    public void ReviewDialog_ResumedFromAnotherLinkedChannel_SeesTheSameAnswers()
    {
        using var host = new DialogHost();
        new Conversation(host).SignIn("xa").Say("bắt đầu").Say("2").Say("10/12/2026");

        var teams = new Conversation(host, userId: "29:teams", conversationId: "a:teams", channelId: "msteams").SignIn("xa");

        teams.Say("tiếp tục").Expect("Câu 1.3");
    }

    [Fact]
    public void ReviewDialog_SubmitWithRequiredMissing_IsRefusedWithTheList()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host).SignIn("xa").Say("bắt đầu").Say("1");

        chat.Say("nộp báo cáo");

        chat.Expect("Chưa nộp được").Expect("1.2.").Expect("2.1.");
        CardAssert.AllValid(chat.Cards);
        Assert.Equal(SubmissionStatus.Draft, host.Get<ISubmissionStore>().Find(Submission.KeyOf(host.Plan.Id, "16708"))!.Status);
    }

    [Fact]
    public void ReviewDialog_SubmittedReview_IsReadOnlyToItsReporter()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host).SignIn("xa").Say("bắt đầu");
        ReviewWalker.AnswerEverything(chat, host.Plan);
        chat.Say("nop");

        chat.Say("sửa 1.1").Expect("đã nộp nên không sửa được");
        chat.Say("tiếp tục").Expect("đã nộp nên không sửa được");
        new Conversation(host, conversationId: "later").Start().Expect("đã nộp lúc");
    }

    [Fact]
    public void ReviewDialog_SubmittedAfterTheDeadline_RecordsHowLate()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host).SignIn("xa").Say("bắt đầu");
        ReviewWalker.AnswerEverything(chat, host.Plan);
        var deadline = host.Plan.FindLevel("commune")!.Deadline;
        host.Time.SetUtcNow(new DateTimeOffset(deadline, TimeSpan.Zero).AddDays(2).AddHours(3));

        chat.Say("nộp báo cáo").Expect("quá hạn 3 ngày");

        var version = host.Get<ISubmissionVersionStore>().OfSubmission(Submission.KeyOf(host.Plan.Id, "16708")).Single();
        Assert.False(version.OnTime);
    }

    [Fact]
    public void ReviewDialog_SummaryCardButtons_SubmitAndEdit()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host).SignIn("xa").Say("bắt đầu");
        ReviewWalker.AnswerEverything(chat, host.Plan);

        chat.Submit(new Dictionary<string, string> { ["action"] = "edit" }).Expect("sửa phần nào");
        chat.Say("huy").Expect("Đã hủy");
        chat.Submit(new Dictionary<string, string> { ["action"] = "submit" }).Expect("Đã nộp báo cáo");
    }
}
