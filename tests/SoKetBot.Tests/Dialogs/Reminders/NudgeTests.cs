using SoKetBot.Dialogs.Notices;
using SoKetBot.Dialogs.Approvals;
using SoKetBot.Dialogs.Cards;
using SoKetBot.Dialogs.Reminders;
using SoKetBot.Storage.Notices;
using SoKetBot.Tests.Cards;

namespace SoKetBot.Tests.Dialogs.Reminders;

/// <summary>The "Đôn đốc" button of a superior's digest: nudges the units below now, at most once a day per unit.</summary>
public sealed class NudgeTests
{
    private static readonly Dictionary<string, string> NudgeVinh = new() { ["action"] = "nudge", ["unit"] = "412" };

    private static DialogHost CreateSut()
    {
        var host = new DialogHost();
        host.Time.SetUtcNow(new DateTimeOffset(2027, 1, 7, 9, 0, 0, TimeSpan.FromHours(7)));
        return host;
    }

    [Fact]
    public void Nudge_PressedTwiceADay_NudgesEachUnitOnceThatDayAndAgainTheNext()
    {
        using var host = CreateSut();
        var huyen = new Conversation(host, "user-huyen", "conv-huyen").SignIn("huyen");

        huyen.Submit(NudgeVinh).Expect("Đã đôn đốc 2 đơn vị: phường Hưng Bình, xã Hưng Lộc").Expect("Chưa có cán bộ được giao báo cáo để đôn đốc");
        var first = host.Get<INoticeStore>().Reminders().Count(notice => notice.Kind == NoticeKind.Nudge);
        huyen.Say("nhắc nhở").Expect("Hôm nay đã đôn đốc, ngày mai mới đôn đốc lại được").ExpectNot("Đã đôn đốc 2");
        var second = host.Get<INoticeStore>().Reminders().Count(notice => notice.Kind == NoticeKind.Nudge);
        host.Time.Advance(TimeSpan.FromDays(1));
        huyen.Submit(NudgeVinh).Expect("Đã đôn đốc 2 đơn vị");

        Assert.Equal(2, first);
        Assert.Equal(2, second);
        Assert.Equal(4, host.Get<INoticeStore>().Reminders().Count(notice => notice.Kind == NoticeKind.Nudge));
        new Conversation(host, "user-xa", "conv-xa").SignIn("xa").Expect("🔔 Thành phố Vinh đề nghị đồng chí khẩn trương hoàn thành báo cáo").Expect("đã quá hạn 3 ngày");
    }

    [Fact]
    public void Nudge_ByAReporterOrForAnotherUnit_IsRefused()
    {
        using var host = CreateSut();

        new Conversation(host, "user-xa", "conv-xa").SignIn("xa").Say("nhắc nhở").Expect("Chỉ người phê duyệt của đơn vị cấp trên");
        new Conversation(host, "user-huyen2", "conv-huyen2").SignIn("huyen2").Submit(NudgeVinh).Expect("Chỉ người phê duyệt của đơn vị cấp trên");

        Assert.Empty(host.Get<INoticeStore>().Reminders());
    }

    [Fact]
    public void Digest_ForTheDistrict_CountsNamesTheLateUnitsAndOffersTheNudgeButton()
    {
        using var host = CreateSut();
        host.Time.SetUtcNow(new DateTimeOffset(2027, 1, 28, 8, 0, 0, TimeSpan.FromHours(7)));
        host.Get<ReminderSweeper>().Sweep(host.Time.GetUtcNow().UtcDateTime);

        // The commune reporter's reminder failed three times: the district is told they cannot be reached.
        host.Get<INoticeStore>().Save(new Notice
        {
            Id = "failing",
            Account = "xa",
            Kind = NoticeKind.Overdue,
            SubmissionId = host.Plan.Id + "|16708",
            Version = 0,
            CreatedAt = host.Time.GetUtcNow().UtcDateTime,
            PlanId = host.Plan.Id,
            UnitCode = "16708",
            ReminderKey = "failing",
            FailedAttempts = 3,
            LastError = "no conversation",
        });
        var digest = host.Get<INoticeStore>().Reminders().Single(notice => notice.Kind == NoticeKind.Digest && notice.Account == "huyen");
        var reply = host.Get<NoticeBoard>().Render(digest)!;
        var text = string.Join("\n", reply.Card!.Body.OfType<TextBlock>().Select(block => block.Text));

        Assert.Contains("các đơn vị thuộc thành phố Vinh: 5/5 đơn vị chưa nộp; hạn nộp báo cáo của cấp huyện còn 7 ngày (trước ngày 05/02/2027)", text, StringComparison.Ordinal);
        Assert.Contains("Quá hạn: ", text, StringComparison.Ordinal);
        Assert.Contains("xã Hưng Lộc (23 ngày)", text, StringComparison.Ordinal);
        Assert.Contains("Không liên lạc được: Trần Văn Thắng (xã Hưng Lộc)", text, StringComparison.Ordinal);
        Assert.Equal("Đôn đốc", Assert.Single(reply.Card.Actions!).Title);
        Assert.Equal(["Đôn đốc"], reply.Suggestions);
        CardAssert.AllValid([reply.Card!]);
    }
}
