using SoKetBot.Dialogs.Cards;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Tests.Dialogs.Reviews;

/// <summary>A card's data is checked like typed input: forged or stale data gets a clear reply and the official stays where they were.</summary>
public sealed class ReviewDialogCardDataTests
{
    private const string Commune = "16708";

    private static (DialogHost Host, Conversation Chat) AtQuestion(string label)
    {
        var host = new DialogHost();
        var chat = new Conversation(host).SignIn("xa").Say("bắt đầu").Say("sửa " + label).Expect("Câu " + label);
        return (host, chat);
    }

    private static Dictionary<string, string> Answer(string questionId, string choices) =>
        new() { ["action"] = "answer", ["question"] = questionId, ["choices"] = choices };

    private static AnswerValue? Stored(DialogHost host, string questionId) =>
        host.Get<IAnswerStore>().Find(SoKetBot.Storage.Reviews.Answer.KeyOf(Submission.KeyOf(host.Plan.Id, Commune), questionId))?.Value;

    private static Conversation Submitted(DialogHost host)
    {
        var chat = new Conversation(host).SignIn("xa").Say("bắt đầu");
        ReviewWalker.AnswerEverything(chat, host.Plan);
        chat.Say("nộp báo cáo").Expect("Đã nộp báo cáo");
        return chat;
    }

    private static int Versions(DialogHost host) =>
        host.Get<ISubmissionVersionStore>().OfSubmission(Submission.KeyOf(host.Plan.Id, Commune)).Count;

    [Theory]
    [InlineData("submit")]
    [InlineData("edit")]
    public void ReviewDialog_OldSummaryCardOfAReportWaitingForApproval_IsRefusedAsTheTypedCommand(string action)
    {
        using var host = new DialogHost();
        var chat = Submitted(host);

        chat.Submit(new Dictionary<string, string> { ["action"] = action }).Expect("đã nộp nên không sửa được");

        Assert.Equal(1, Versions(host));
        Assert.Equal(SubmissionStatus.Submitted, host.Get<ISubmissionStore>().Find(Submission.KeyOf(host.Plan.Id, Commune))!.Status);
        Assert.NotEqual(DialogMode.ChoosingEdit, chat.State.Mode);
        chat.Say("nộp báo cáo").Expect("đã nộp nên không sửa được");
    }

    [Fact]
    public void ReviewDialog_OldSummaryCardOfAnApprovedReport_IsRefusedAndMakesNoNewVersion()
    {
        using var host = new DialogHost();
        var chat = Submitted(host);
        var huyen = new Conversation(host, "user-huyen", "conv-huyen").SignIn("huyen");
        var approve = new Dictionary<string, string>(huyen.Cards[0].Actions!.OfType<SubmitAction>().Single(button => button.Title == "Phê duyệt").Data!);
        huyen.Submit(approve).Expect("Đã phê duyệt");

        chat.Submit(new Dictionary<string, string> { ["action"] = "submit" }).Expect("đã nộp nên không sửa được");

        Assert.Equal(1, Versions(host));
        Assert.Equal(SubmissionStatus.Approved, host.Get<ISubmissionStore>().Find(Submission.KeyOf(host.Plan.Id, Commune))!.Status);
    }

    [Fact]
    public void ReviewDialog_CardAnswerForAnotherQuestion_IsRefusedAndTheNextTypedAnswerLandsOnTheSameQuestion()
    {
        var (host, chat) = AtQuestion("2.3");
        using var _ = host;

        chat.Submit(Answer("ld-hinh-thuc-so-ket", "0")).Expect("không phải câu đang hỏi").Expect("Câu đang hỏi là câu 2.3").ExpectNot("Đã lưu");

        Assert.Equal((DialogMode.Answering, "tm-noi-dung"), (chat.State.Mode, chat.State.QuestionId));
        Assert.Null(Stored(host, "ld-hinh-thuc-so-ket"));
        chat.Say("1, 3").Expect("Đã lưu");
        Assert.Equal(2, Stored(host, "tm-noi-dung")!.Choices!.Count);
    }

    [Theory]
    [InlineData("99", "Không tìm thấy lựa chọn")]
    [InlineData("-1", "Không tìm thấy lựa chọn")]
    [InlineData("99999999999999999999", "Không tìm thấy lựa chọn")]
    [InlineData("a,b", "Không tìm thấy lựa chọn")]
    [InlineData("", "ít nhất một mục")]
    public void ReviewDialog_CardChoiceOutOfRange_IsRefusedAndTheQuestionStays(string choices, string reason)
    {
        var (host, chat) = AtQuestion("2.3");
        using var _ = host;

        chat.Submit(Answer("tm-noi-dung", choices)).Expect(reason).ExpectNot("Đã lưu");

        Assert.Equal((DialogMode.Answering, "tm-noi-dung"), (chat.State.Mode, chat.State.QuestionId));
        Assert.Null(Stored(host, "tm-noi-dung"));
        chat.Say("2").Expect("Đã lưu");
        Assert.Equal(host.Plan.Sections[1].Questions.Single(q => q.Id == "tm-noi-dung").Choices![1], Stored(host, "tm-noi-dung")!.Choices!.Single());
    }

    [Fact]
    public void ReviewDialog_SeveralChoicesForASingleChoiceQuestion_AreRefused()
    {
        var (host, chat) = AtQuestion("1.1");
        using var _ = host;

        chat.Submit(Answer("ld-hinh-thuc-so-ket", "0,1")).Expect("Chỉ được chọn tối đa 1 mục").ExpectNot("Đã lưu");

        Assert.Equal("ld-hinh-thuc-so-ket", chat.State.QuestionId);
        Assert.Null(Stored(host, "ld-hinh-thuc-so-ket"));
        chat.Say("2").Expect("Đã lưu");
        Assert.Single(Stored(host, "ld-hinh-thuc-so-ket")!.Choices!);
    }

    [Fact]
    public void ReviewDialog_CardAnswerForAQuestionThatIsNotAChoice_AsksToTypeIt()
    {
        var (host, chat) = AtQuestion("1.4");
        using var _ = host;

        chat.Submit(Answer("ld-van-ban-chi-dao", "0")).Expect("không trả lời bằng cách chọn").Expect("Câu 1.4");

        Assert.Equal("ld-van-ban-chi-dao", chat.State.QuestionId);
        chat.Say("12").Expect("Đã lưu");
        Assert.Equal(12, Stored(host, "ld-van-ban-chi-dao")!.Number);
    }

    [Theory]
    [InlineData("action", "delete-everything")]
    [InlineData("note", "no action at all")]
    public void ReviewDialog_UnknownCardData_GetsAClearReplyNotTheMenu(string key, string value)
    {
        var (host, chat) = AtQuestion("1.4");
        using var _ = host;

        chat.Submit(new Dictionary<string, string> { [key] = value }).Expect("Thao tác này không còn hiệu lực").Expect("Câu 1.4").ExpectNot("Kế hoạch");

        Assert.Equal((DialogMode.Answering, "ld-van-ban-chi-dao"), (chat.State.Mode, chat.State.QuestionId));
        chat.Say("12").Expect("Đã lưu");
    }

    [Fact]
    public void ReviewDialog_CardAnswerWhenNothingIsAsked_SaysSoAndStoresNothing()
    {
        var (host, chat) = AtQuestion("2.3");
        using var _ = host;
        chat.Say("tạm dừng");

        chat.Submit(Answer("tm-noi-dung", "0")).Expect("không có câu nào đang chờ trả lời");

        Assert.Equal(DialogMode.Idle, chat.State.Mode);
        Assert.Null(Stored(host, "tm-noi-dung"));
    }

    [Fact]
    public void ReviewDialog_CardButtonsOfSomeoneWithoutAReview_GetAClearReplyNotTheMenu()
    {
        using var host = new DialogHost();
        var tinh = new Conversation(host, "user-tinh", "conv-tinh").SignIn("tinh");

        tinh.Submit(new Dictionary<string, string> { ["action"] = "submit" }).Expect("Thao tác này không còn hiệu lực").ExpectNot("Xin chào");
    }

    [Theory]
    [InlineData(100_000, 1)]
    [InlineData(10, 1_000)]
    public void ReviewDialog_CardDataOfAbsurdSize_IsRefusedAndTheQuestionStays(int valueLength, int fields)
    {
        var (host, chat) = AtQuestion("2.3");
        using var _ = host;
        var data = Answer("tm-noi-dung", string.Join(",", Enumerable.Repeat("0", valueLength / 2)));
        for (var i = 0; i < fields; i++)
        {
            data[$"extra-{i}"] = new string('x', 10);
        }

        chat.Submit(data).Expect("quá lớn");

        Assert.Equal((DialogMode.Answering, "tm-noi-dung"), (chat.State.Mode, chat.State.QuestionId));
        Assert.Null(Stored(host, "tm-noi-dung"));
        chat.Say("1").Expect("Đã lưu");
    }
}
