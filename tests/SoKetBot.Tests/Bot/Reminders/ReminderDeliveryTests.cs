using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SoKetBot.Dialogs.Reminders;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Outbox;
using SoKetBot.Tests.Bot.Messaging;
using SoKetBot.Tests.Dialogs;

namespace SoKetBot.Tests.Bot.Reminders;

/// <summary>A reminder pushed over a Connector channel that fails twice: the outbox retries it with backoff, and it arrives once.</summary>
public sealed class ReminderDeliveryTests
{
    [Fact]
    public async Task Reminder_ChannelFailsTwiceThenWorks_ArrivesOnceAndTheOutboxShowsTheAttempts()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 2;
        var time = new FakeTimeProvider(DialogHost.Start);
        using var app = new SoKetBotApplication(time: time, settings: new Dictionary<string, string?> { ["Notices:SweepInterval"] = "00:00:00.05", ["Outbox:QuickRetries"] = "0" });
        using var client = app.CreateClient();
        var next = 0;
        foreach (var text in new[] { "xin chào", "xa", "demo" })
        {
            using var response = await client.PostActivityAsync(Activities.Message(text, id: $"x-{next++}", conversationId: "conv-xa", serviceUrl: connector.BaseAddress.ToString(), deliveryMode: "expectReplies"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        time.SetUtcNow(new DateTimeOffset(2026, 12, 29, 8, 0, 0, TimeSpan.FromHours(7)));
        app.Services.GetRequiredService<ReminderSweeper>().Sweep(time.GetUtcNow().UtcDateTime);
        bool Reminded(ReceivedRequest request) => request.Body.Contains("Nhắc việc", StringComparison.Ordinal);

        // Each failure is stored (with the next attempt's time) before the clock moves on.
        var outbox = app.Services.GetRequiredService<IOutboxStore>();
        bool Attempted(int attempts) => outbox.All().Any(item => item.NoticeId is not null && item.Attempts == attempts);
        await Activities.WaitUntilAsync(() => Attempted(1));
        Assert.Equal(1, connector.Requests.Count(Reminded));
        time.Advance(TimeSpan.FromSeconds(31));
        await Activities.WaitUntilAsync(() => Attempted(2));
        Assert.Equal(2, connector.Requests.Count(Reminded));
        time.Advance(TimeSpan.FromSeconds(61));
        await Activities.WaitUntilAsync(() => outbox.All().Any(item => item.NoticeId is not null && item.Done));

        var delivered = Assert.Single(connector.Delivered, Reminded);
        Assert.Equal("/v3/conversations/conv-xa/activities", delivered.RawTarget);
        Assert.Contains("xã Hưng Lộc", delivered.Body, StringComparison.Ordinal);
        Assert.Equal(3, connector.Requests.Count(Reminded));
        var notice = Assert.Single(app.Services.GetRequiredService<INoticeStore>().Reminders(), notice => notice.Account == "xa");
        Assert.NotNull(notice.DeliveredAt);
        var item = Assert.Single(outbox.All(), item => item.NoticeId == notice.Id);
        Assert.Equal(3, item.Attempts);
        Assert.Contains("HTTP 503", item.LastError, StringComparison.Ordinal);
        Assert.NotNull(item.DeliveredAt);
    }
}
