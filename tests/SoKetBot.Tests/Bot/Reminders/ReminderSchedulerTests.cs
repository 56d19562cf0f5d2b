using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SoKetBot.Bot.Reminders;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Reminders;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Reminders;

/// <summary>The scheduler in the running bot, on the fake clock, across a restart on the same data file.</summary>
public sealed class ReminderSchedulerTests
{
    // Plan 248 as written: the communes' last day is Thu 18/06/2020, so 7 days before is Thu 11/06/2020.
    private static readonly Dictionary<string, string?> RealPlan = new() { ["Plans:ShiftToToday"] = "false", ["Reminders:SweepInterval"] = "00:05:00" };

    [Fact]
    public async Task ReminderScheduler_DueAtEightThenRestarted_PostsEachReminderOnce()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2020, 6, 11, 7, 0, 0, TimeSpan.FromHours(7)));
        string dataFile;
        int posted;
        using (var app = new SoKetBotApplication(time: time, settings: RealPlan) { KeepDataFile = true })
        {
            dataFile = app.DataFile;
            _ = app.BaseAddress;
            Assert.Empty(app.Services.GetRequiredService<INoticeStore>().Reminders());

            await Activities.WaitUntilAsync(() => app.Services.GetRequiredService<INoticeStore>().Reminders().Count > 0, time, TimeSpan.FromMinutes(5));
            posted = app.Services.GetRequiredService<INoticeStore>().Reminders().Count;
            var xa = Assert.Single(app.Services.GetRequiredService<INoticeStore>().Reminders(), notice => notice.Account == "xa");
            Assert.Equal((new DateOnly(2020, 6, 11), 1), (DateOnly.FromDateTime(xa.CreatedAt), xa.CreatedAt.Hour));
        }

        using var restarted = new SoKetBotApplication(dataFile, time, RealPlan);
        _ = restarted.BaseAddress;

        // Six sweeps after the restart, each one waited for: none posts a reminder again.
        var scheduler = restarted.Services.GetRequiredService<ReminderScheduler>();
        await Activities.WaitUntilAsync(() => scheduler.Sweeps >= 1);
        for (var i = 0; i < 6; i++)
        {
            var done = scheduler.Sweeps;
            time.Advance(TimeSpan.FromMinutes(5));
            await Activities.WaitUntilAsync(() => scheduler.Sweeps > done);
        }

        Assert.Equal(posted, restarted.Services.GetRequiredService<INoticeStore>().Reminders().Count);
        Assert.All(restarted.Services.GetRequiredService<IReminderLog>().OfPlan("kh-248-2020"), record => Assert.Equal(new DateOnly(2020, 6, 11), record.Date));
    }

    [Fact]
    public async Task ReminderOutbox_OfficialWithoutConversation_KeepsTheNewestAndGivesItOnTheirFirstTurn()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2020, 6, 11, 7, 0, 0, TimeSpan.FromHours(7)));
        using var app = new SoKetBotApplication(time: time, settings: new Dictionary<string, string?>(RealPlan) { ["Notices:SweepInterval"] = "00:00:00.05" });
        using var client = app.CreateClient();
        _ = app.BaseAddress;
        var store = app.Services.GetRequiredService<INoticeStore>();
        List<Notice> Xa() => store.Reminders().Where(notice => notice.Account == "xa").ToList();

        time.SetUtcNow(new DateTimeOffset(2020, 6, 11, 8, 0, 0, TimeSpan.FromHours(7)));
        await Activities.WaitUntilAsync(() => Xa() is [{ FailedAttempts: > 0 }]);
        time.SetUtcNow(new DateTimeOffset(2020, 6, 15, 8, 0, 0, TimeSpan.FromHours(7)));
        await Activities.WaitUntilAsync(() => Xa() is [{ DroppedBecause: "superseded" }, { FailedAttempts: > 0 }]);
        var replies = new List<string>();
        foreach (var text in new[] { "xin chào", "xa", "demo" })
        {
            using var response = await client.PostActivityAsync(Activities.Message(text, id: $"x-{replies.Count}", conversationId: "conv-xa", deliveryMode: "expectReplies"));
            replies.Add((await response.ReadJsonAsync()).ToJsonString());
        }

        Assert.Contains("còn 3 ngày", System.Text.RegularExpressions.Regex.Unescape(replies[^1]), StringComparison.Ordinal);
        Assert.Equal([true, true], Xa().Select(notice => notice.DeliveredAt is not null));
        Assert.Null(Xa()[1].DroppedBecause);
    }
}
