using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Dialogs.Notices;
using SoKetBot.Dialogs.Approvals;
using SoKetBot.Dialogs.Reminders;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Reminders;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Tests.Dialogs.Reminders;

/// <summary>
/// The demo plan walked hour by hour from its issue (Tue 01/12/2026) past the province's deadline (08/03/2027): commune
/// deadline 06/01/2027 00:00 (last day Tue 05/01), district 05/02/2027, province 08/03/2027; 01/01/2027 is a holiday.
/// </summary>
public sealed class ReminderWalkTests
{
    private static readonly TimeZoneInfo Hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    private static readonly Dictionary<string, string?> Holidays = new() { ["Reminders:Holidays:0"] = "2027-01-01" };

    private static DialogHost CreateSut() => new(settings: Holidays);

    private static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Hanoi);

    private static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    // Sweeps every hour up to (local) `until`, twice each time, the second time with a sweeper built afresh from the same
    // data file, as a restarted bot would.
    private static void Walk(DialogHost host, DateTime untilLocal, Action<DateTime>? each = null)
    {
        var until = TimeZoneInfo.ConvertTimeToUtc(untilLocal, Hanoi);
        while (host.Time.GetUtcNow().UtcDateTime < until)
        {
            host.Time.Advance(TimeSpan.FromHours(1));
            var now = host.Time.GetUtcNow().UtcDateTime;
            each?.Invoke(now);
            host.Get<ReminderSweeper>().Sweep(now);
            ActivatorUtilities.CreateInstance<ReminderSweeper>(host.Services).Sweep(now);
        }
    }

    private static List<Notice> Notices(DialogHost host) => host.Get<INoticeStore>().Reminders().ToList();

    [Fact]
    public void ReminderWalk_WholePlan_RightPeopleRightTimesNeverTwice()
    {
        using var host = CreateSut();
        var plan = host.Plan;

        // Phường Hưng Bình submits on 30/12: it is reminded before, never after.
        Walk(host, new DateTime(2027, 3, 15, 12, 0, 0), now =>
        {
            if (Local(now) == new DateTime(2026, 12, 30, 10, 0, 0))
            {
                host.Get<ISubmissionStore>().Save(new Submission { Id = Submission.KeyOf(plan.Id, "16672"), PlanId = plan.Id, UnitCode = "16672", Status = SubmissionStatus.Submitted, Version = 1, UpdatedAt = now });
            }
        });

        var notices = Notices(host);
        Assert.NotEmpty(notices);
        Assert.All(notices, notice => Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(Local(notice.CreatedAt))));
        Assert.All(notices, notice => Assert.True(LocalDate(notice.CreatedAt).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && LocalDate(notice.CreatedAt) != new DateOnly(2027, 1, 1)));
        Assert.Equal(notices.Count, notices.Select(notice => (notice.Account, notice.Kind, notice.UnitCode, LocalDate(notice.CreatedAt))).Distinct().Count());

        // The commune reporter: 7 days before (29/12), 3 days before moved off Saturday 02/01 and the holiday to Thu 31/12,
        // 1 day before (04/01), the last day (05/01); then overdue on the next three working days.
        var xa = notices.Where(notice => notice.Account == "xa").ToList();
        Assert.Equal(
            [new(2026, 12, 29), new(2026, 12, 31), new(2027, 1, 4), new(2027, 1, 5)],
            xa.Where(notice => notice.Kind == NoticeKind.Reminder).Select(notice => LocalDate(notice.CreatedAt)).ToList());
        Assert.Equal(
            [new(2027, 1, 6), new(2027, 1, 7), new(2027, 1, 8)],
            xa.Where(notice => notice.Kind == NoticeKind.Overdue).Select(notice => LocalDate(notice.CreatedAt)).ToList());
        Assert.All(xa, notice => Assert.Equal("16708", notice.UnitCode));

        // Submitted on 30/12: reminded on 29/12 only.
        Assert.Equal([new DateOnly(2026, 12, 29)], notices.Where(notice => notice.Account == "phuong").Select(notice => LocalDate(notice.CreatedAt)).ToList());

        // Escalation from the first overdue day to the parent unit's approvers: Thành phố Vinh (huyen) for Xã Hưng Lộc.
        var escalations = notices.Where(notice => notice.Kind == NoticeKind.Escalation && notice.Account == "huyen").ToList();
        Assert.Equal(new DateOnly(2027, 1, 6), LocalDate(escalations.Min(notice => notice.CreatedAt)));
        Assert.All(escalations, notice => Assert.Equal("412", notice.UnitCode));

        // Superiors' digests follow their own level's deadline; reporters never get digests, approvers never get reporter reminders
        // of units that are not theirs.
        Assert.Contains(notices, notice => notice.Kind == NoticeKind.Digest && notice.Account == "huyen" && LocalDate(notice.CreatedAt) == new DateOnly(2027, 1, 28));
        Assert.Contains(notices, notice => notice.Kind == NoticeKind.Digest && notice.Account == "tinh");
        Assert.DoesNotContain(notices, notice => notice.Kind == NoticeKind.Digest && notice.Account is "xa" or "xa2" or "phuong");
        Assert.DoesNotContain(notices, notice => notice.Kind is NoticeKind.Reminder or NoticeKind.Overdue && notice.Account == "tinh");

        // Every notice is in the log, and the log has nothing the walk would still decide.
        var log = host.Get<IReminderLog>().OfPlan(plan.Id);
        Assert.All(notices, notice => Assert.Contains(log, record => record.Id == notice.ReminderKey));
        Assert.Empty(host.Get<ReminderSweeper>().Preview(host.Time.GetUtcNow().UtcDateTime).Reminders);
    }

    [Fact]
    public void ReminderWalk_DownOverADueTime_SendsTheLatestOnceOnReturnAndRecordsTheMissedAsDropped()
    {
        using var host = CreateSut();
        Walk(host, new DateTime(2027, 1, 4, 7, 0, 0));

        // Down from Mon 04/01 07:00 to Tue 05/01 10:00: the reminder of 04/01 was missed, the one of 05/01 is due.
        host.Time.SetUtcNow(new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(7)));
        var back = host.Get<ReminderSweeper>().Sweep(host.Time.GetUtcNow().UtcDateTime);
        ActivatorUtilities.CreateInstance<ReminderSweeper>(host.Services).Sweep(host.Time.GetUtcNow().UtcDateTime);

        var log = host.Get<IReminderLog>();
        var plan = host.Plan.Id;
        Assert.Equal(ReminderPlanner.Superseded, log.Find(ReminderRecord.KeyOf(plan, "16708", ReminderKind.Due, new DateOnly(2027, 1, 4)))!.DroppedBecause);
        Assert.Null(log.Find(ReminderRecord.KeyOf(plan, "16708", ReminderKind.Due, new DateOnly(2027, 1, 5)))!.DroppedBecause);
        Assert.True(back.ToSend > 0);
        var xa = Notices(host).Where(notice => notice.Account == "xa" && LocalDate(notice.CreatedAt) >= new DateOnly(2027, 1, 4)).ToList();
        Assert.Equal(new DateTime(2027, 1, 5, 10, 0, 0), Local(Assert.Single(xa).CreatedAt));
    }

    [Fact]
    public void ReminderSweep_QuietHoursWeekendsAndHolidays_DecideNothingUntilTheNextWorkingMorning()
    {
        using var host = CreateSut();
        var sweeper = host.Get<ReminderSweeper>();
        DateTime At(int year, int month, int day, int hour) => TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, 0, 0), Hanoi);

        // First sweep ever in the evening of the 7-days-before reminder: quiet, nothing recorded.
        var evening = sweeper.Sweep(At(2026, 12, 29, 19));
        var holiday = sweeper.Sweep(At(2027, 1, 1, 10));
        var saturday = sweeper.Sweep(At(2027, 1, 2, 10));
        var early = sweeper.Sweep(At(2026, 12, 30, 6));

        Assert.True(evening.Quiet && holiday.Quiet && saturday.Quiet && early.Quiet);
        Assert.Empty(host.Get<IReminderLog>().OfPlan(host.Plan.Id));
        Assert.Equal(sweeper.Calendar().NextOpen(At(2026, 12, 29, 19)), At(2026, 12, 30, 7));
        Assert.Equal(sweeper.Calendar().NextOpen(At(2026, 12, 31, 18)), At(2027, 1, 4, 7));

        // At 07:00 the next working day, what was due and still applies goes out.
        var morning = sweeper.Sweep(At(2026, 12, 30, 7));
        Assert.False(morning.Quiet);
        Assert.Contains(Notices(host), notice => notice.Account == "xa" && notice.Kind == NoticeKind.Reminder);
    }

    [Fact]
    public void ReminderText_CommuneReporter_SaysDeadlineDaysLeftProgressAndOffersToContinue()
    {
        using var host = CreateSut();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 29, 8, 0, 0, TimeSpan.FromHours(7)));
        host.Get<ReminderSweeper>().Sweep(host.Time.GetUtcNow().UtcDateTime);

        var notice = Notices(host).First(notice => notice.Account == "xa");
        var reply = host.Get<NoticeBoard>().Render(notice)!;

        Assert.Contains("theo Kế hoạch số 248/KH-UBND của xã Hưng Lộc", reply.Text, StringComparison.Ordinal);
        Assert.Contains("trước ngày 06/01/2027, còn 7 ngày", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Đã trả lời 0/", reply.Text, StringComparison.Ordinal);
        Assert.Contains("còn phần 1–10", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["Tiếp tục"], reply.Suggestions);
    }
}
