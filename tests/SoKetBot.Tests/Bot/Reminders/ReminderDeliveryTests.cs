using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SoKetBot.Dialogs.Reminders;
using SoKetBot.Storage.Notices;
using SoKetBot.Tests.Bot.Messaging;
using SoKetBot.Tests.Dialogs;

namespace SoKetBot.Tests.Bot.Reminders;

/// <summary>A reminder pushed over a Connector channel that fails twice: retried with backoff, it arrives once.</summary>
public sealed class ReminderDeliveryTests
{
    [Fact]
    public async Task Reminder_ChannelFailsTwiceThenWorks_ArrivesOnceAndTheOutboxShowsTheAttempts()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailFirst = 2;
        var time = new FakeTimeProvider(DialogHost.Start);
        using var app = new SoKetBotApplication(time: time, settings: new Dictionary<string, string?> { ["Notices:SweepInterval"] = "00:00:00.05" });
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

        await Activities.WaitUntilAsync(() => connector.Requests.Count(Reminded) == 1);
        time.Advance(TimeSpan.FromSeconds(61));
        await Activities.WaitUntilAsync(() => connector.Requests.Count(Reminded) == 2);
        time.Advance(TimeSpan.FromSeconds(121));
        await Activities.WaitUntilAsync(() => connector.Delivered.Any(Reminded));
        await Task.Delay(300);

        var delivered = Assert.Single(connector.Delivered, Reminded);
        Assert.Equal("/v3/conversations/conv-xa/activities", delivered.RawTarget);
        Assert.Contains("Xã Hưng Lộc", delivered.Body, StringComparison.Ordinal);
        Assert.Equal(3, connector.Requests.Count(Reminded));
        var notice = Assert.Single(app.Services.GetRequiredService<INoticeStore>().Reminders(), notice => notice.Account == "xa");
        Assert.NotNull(notice.DeliveredAt);
        Assert.Equal(2, notice.FailedAttempts);
        Assert.NotNull(notice.LastError);
    }
}
