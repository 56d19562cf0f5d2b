using SoKetBot.Dialogs.Cards;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Reviews;
using SoKetBot.Tests.Cards;

namespace SoKetBot.Tests.Dialogs.Approvals;

/// <summary>Superiors decide from the card: approve, or return with a reason and sections; the reporter revises and resubmits.</summary>
public sealed class ApprovalDialogTests
{
    private const string Commune = "16708";

    [Fact]
    public void Approval_SubmitThenApprove_CardReachesTheDistrictAndTheReporterIsTold()
    {
        using var host = new DialogHost();
        var xa = Submitted(host);

        var huyen = new Conversation(host, "user-huyen", "conv-huyen").SignIn("huyen");

        var card = Assert.Single(huyen.Cards);
        var json = CardJson.ToJson(card);
        Assert.Contains("Xã Hưng Lộc", json, StringComparison.Ordinal);
        Assert.Contains("Trần Văn Thắng", json, StringComparison.Ordinal);
        Assert.Contains("Đúng hạn", json, StringComparison.Ordinal);
        huyen.Submit(ApproveData(card)).Expect("Đã phê duyệt báo cáo của xã Hưng Lộc (lần nộp thứ 1)");
        Assert.Equal(SubmissionStatus.Approved, Submission(host).Status);
        xa.Say("tiến độ").Expect("Nguyễn Đình Hải đã phê duyệt báo cáo sơ kết của xã Hưng Lộc");
        CardAssert.AllValid(huyen.Cards);
    }

    [Fact]
    public void Approval_ReturnReviseResubmit_ShowsTheChangesAndApproves()
    {
        using var host = new DialogHost();
        var xa = Submitted(host);
        var huyen = new Conversation(host, "user-huyen", "conv-huyen").SignIn("huyen");
        var sections = host.Plan.SectionsFor("commune");

        huyen.Submit(ReturnData(huyen.Cards[0], "Số liệu phần 2 chưa khớp với báo cáo tháng.", sections[1].Id, sections[4].Id))
            .Expect("Đã trả lại báo cáo của xã Hưng Lộc (lần nộp thứ 1)");

        xa.Say("xin chào").Expect("Số liệu phần 2 chưa khớp").Expect("2. " + sections[1].Title);
        Assert.Equal(SubmissionStatus.Returned, Submission(host).Status);
        xa.Say("sửa 1.1").Expect("không nằm trong các phần");
        xa.Say("tiếp tục").Expect("Câu 2.1");
        xa.Say("567").Expect("Câu 2.2");
        var kept = 0;
        while (xa.State.Mode == SoKetBot.Storage.Conversations.DialogMode.Answering && kept++ < 40)
        {
            xa.Say(xa.Suggestions.Contains("Giữ nguyên") ? "giữ nguyên" : "xong");
        }

        xa.Say("nộp báo cáo").Expect("lần nộp thứ 2");
        var cards = new Conversation(host, "user-huyen", "conv-huyen").Say("chờ duyệt").Expect("Có 1 báo cáo chờ").Cards;
        var latest = cards[^1];
        var json = CardJson.ToJson(latest);
        Assert.Contains("Thay đổi so với lần nộp thứ 1", json, StringComparison.Ordinal);
        Assert.Contains("Trước: 1.234", json, StringComparison.Ordinal);
        Assert.Contains("Sau: 567", json, StringComparison.Ordinal);
        CardAssert.AllValid([.. huyen.Cards, latest]);

        new Conversation(host, "user-huyen", "conv-huyen").Submit(ApproveData(latest)).Expect("lần nộp thứ 2");
        Assert.Equal(SubmissionStatus.Approved, Submission(host).Status);
        var decisions = host.Get<IDecisionStore>().OfSubmission(Submission(host).Id);
        Assert.Equal([DecisionOutcome.Returned, DecisionOutcome.Approved], decisions.Select(decision => decision.Outcome));
        Assert.Equal(2, host.Get<ISubmissionVersionStore>().OfSubmission(Submission(host).Id).Count);
    }

    [Fact]
    public void Approval_Refusals_OtherDistrictReporterReplayAndStaleVersion()
    {
        using var host = new DialogHost();
        var xa = Submitted(host);
        var huyen = new Conversation(host, "user-huyen", "conv-huyen").SignIn("huyen");
        var approve = ApproveData(huyen.Cards[0]);

        new Conversation(host, "user-huyen2", "conv-huyen2").SignIn("huyen2").Submit(approve).Expect("Đồng chí không có quyền phê duyệt báo cáo của xã Hưng Lộc");
        xa.Submit(approve).Expect("không có quyền");
        Assert.Equal(SubmissionStatus.Submitted, Submission(host).Status);

        huyen.Submit(ReturnData(huyen.Cards[0], "Bổ sung phần 1.", host.Plan.SectionsFor("commune")[0].Id)).Expect("Đã trả lại");
        huyen.Submit(approve).Expect("Nguyễn Đình Hải đã trả lại báo cáo này");
        Assert.Single(host.Get<IDecisionStore>().OfSubmission(Submission(host).Id));
    }

    [Fact]
    public void Approval_NoApproverConversationYet_TheReporterSeesItIsNotDelivered()
    {
        using var host = new DialogHost();
        var xa = Submitted(host);

        xa.Clone("conv-xa-2").Start().Expect("Cấp trên chưa nhận được báo cáo");
        new Conversation(host, "user-huyen", "conv-huyen").SignIn("huyen");

        xa.Clone("conv-xa-3").Start().Expect("đang chờ cấp trên duyệt").ExpectNot("chưa nhận được");
    }

    [Fact]
    public void Approval_ReturnWithoutReason_IsRefused()
    {
        using var host = new DialogHost();
        Submitted(host);
        var huyen = new Conversation(host, "user-huyen", "conv-huyen").SignIn("huyen");

        huyen.Submit(ReturnData(huyen.Cards[0], "  ", host.Plan.SectionsFor("commune")[0].Id)).Expect("Cần ghi lý do");

        Assert.Equal(SubmissionStatus.Submitted, Submission(host).Status);
    }

    [Fact]
    public async Task Approval_TwoApproversAtOnce_MakeExactlyOneDecision()
    {
        using var host = new DialogHost();
        Submitted(host);
        var officials = host.Get<IOfficialStore>();
        officials.Save(officials.Find("huyen")! with { Account = "huyen-pho", FullName = "Lê Văn Phó" });
        var first = new Conversation(host, "user-a", "conv-a").SignIn("huyen");
        var second = new Conversation(host, "user-b", "conv-b");
        second.Start().Say("huyen-pho").Say("demo");
        var approve = ApproveData(first.Cards[0]);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).Clone($"conv-{i}").Submit(approve).Text)));

        Assert.Single(results, text => text.Contains("Đã phê duyệt báo cáo", StringComparison.Ordinal));
        Assert.Single(host.Get<IDecisionStore>().OfSubmission(Submission(host).Id));
    }

    [Fact]
    public void Approval_DistrictSubmission_ReachesTheProvince()
    {
        using var host = new DialogHost();
        var huyen = new Conversation(host, "user-huyen", "conv-huyen").SignIn("huyen").Say("bắt đầu");
        ReviewWalker.AnswerEverything(huyen, host.Plan);
        huyen.Say("nộp báo cáo").Expect("lần nộp thứ 1");

        var tinh = new Conversation(host, "user-tinh", "conv-tinh").SignIn("tinh");

        Assert.Contains("Thành phố Vinh", CardJson.ToJson(Assert.Single(tinh.Cards)), StringComparison.Ordinal);
        tinh.Submit(ApproveData(tinh.Cards[0])).Expect("Đã phê duyệt báo cáo của thành phố Vinh");
    }

    [Fact]
    public void Approval_Pending_ListsWaitingSubmissionsOldestFirst()
    {
        using var host = new DialogHost();
        var huyen = new Conversation(host, "user-huyen", "conv-huyen").SignIn("huyen");
        huyen.Say("chờ duyệt").Expect("không có báo cáo nào");
        Submitted(host);
        host.Time.Advance(TimeSpan.FromHours(1));
        Submitted(host, "phuong", "user-phuong");

        huyen.Say("cho duyet").Expect("Có 2 báo cáo chờ");

        Assert.True(huyen.Text.IndexOf("Xã Hưng Lộc", StringComparison.Ordinal) < huyen.Text.IndexOf("Phường Hưng Bình", StringComparison.Ordinal));
        Assert.Equal(2, huyen.Replies.Count(reply => reply.Card is not null));
    }

    private static Conversation Submitted(DialogHost host, string account = "xa", string user = "user-1")
    {
        var chat = new Conversation(host, user, "conv-" + account).SignIn(account).Say("bắt đầu");
        ReviewWalker.AnswerEverything(chat, host.Plan);
        chat.Say("nộp báo cáo").Expect("Đã nộp báo cáo");
        return chat;
    }

    private static Submission Submission(DialogHost host) => host.Get<ISubmissionStore>().Find(SoKetBot.Storage.Reviews.Submission.KeyOf(host.Plan.Id, Commune))!;

    private static Dictionary<string, string> ApproveData(AdaptiveCard card) =>
        new(card.Actions!.OfType<SubmitAction>().Single(action => action.Title == "Phê duyệt").Data!);

    private static Dictionary<string, string> ReturnData(AdaptiveCard card, string reason, params string[] sections)
    {
        var show = card.Actions!.OfType<ShowCardAction>().Single(action => action.Title == "Trả lại");
        var data = new Dictionary<string, string>(show.Card.Actions!.OfType<SubmitAction>().Single().Data!)
        {
            ["reason"] = reason,
            ["sections"] = string.Join(",", sections),
        };
        return data;
    }
}
