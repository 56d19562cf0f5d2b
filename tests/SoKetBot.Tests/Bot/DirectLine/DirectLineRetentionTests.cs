using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Bot.DirectLine;

namespace SoKetBot.Tests.Bot.DirectLine;

public sealed class DirectLineRetentionTests
{
    [Fact]
    public async Task Retention_AfterItsTime_RemovesOldHistoryAndKeepsRecentAndTheOfficialsLatest()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?>
        {
            ["DirectLine:HistoryRetention"] = "30.00:00:00",
            ["DirectLine:HistoryKeepLatest"] = "2",
        });
        using var client = new DirectLineTestClient(app);
        var (oldGuest, _, _) = await client.StartAsync(userId: null);
        var (huyenConversation, huyenToken) = await DirectLineIdentityTests.OpenChatAsync(app, "huyen");
        await client.SendAsync(HttpMethod.Post, "/conversations", huyenToken);
        await client.PostMessageAsync(huyenConversation, huyenToken, "trợ giúp");
        var (xaConversation, xaToken) = await DirectLineIdentityTests.OpenChatAsync(app, "xa");
        await client.SendAsync(HttpMethod.Post, "/conversations", xaToken);
        var (xaOld, _, _) = await client.ReadAllAsync(xaConversation, xaToken);
        var (huyenOld, _, _) = await client.ReadAllAsync(huyenConversation, huyenToken);

        app.Time.Advance(TimeSpan.FromDays(31));
        var (recentGuest, _, _) = await client.StartAsync(userId: null);
        var (_, xaFreshToken) = await DirectLineIdentityTests.OpenChatAsync(app, "xa");
        await client.PostMessageAsync(xaConversation, xaFreshToken, "trợ giúp");
        app.Services.GetRequiredService<DirectLineRetention>().Clean();

        var (oldGuestStatus, _) = await client.SendAsync(HttpMethod.Get, $"/conversations/{oldGuest}/activities", SoKetBotApplication.DirectLineSecret);
        var (recentGuestActivities, _, _) = await client.ReadAllAsync(recentGuest, SoKetBotApplication.DirectLineSecret);
        var (xaKept, _, _) = await client.ReadAllAsync(xaConversation, SoKetBotApplication.DirectLineSecret);
        var (huyenKept, _, _) = await client.ReadAllAsync(huyenConversation, SoKetBotApplication.DirectLineSecret);
        var (huyenAgain, _) = await DirectLineIdentityTests.OpenChatAsync(app, "huyen");

        Assert.Equal(HttpStatusCode.NotFound, oldGuestStatus);
        Assert.NotEmpty(recentGuestActivities);
        Assert.True(xaKept.Count >= 2);
        Assert.All(xaKept, activity => Assert.True(Sequence(activity) > xaOld.Count));
        Assert.Equal(huyenOld.TakeLast(2).Select(activity => (string?)activity["id"]), huyenKept.Select(activity => (string?)activity["id"]));
        Assert.Equal(huyenConversation, huyenAgain);
    }

    [Fact]
    public async Task Retention_BeforeItsTime_RemovesNothing()
    {
        using var app = new SoKetBotApplication();
        using var client = new DirectLineTestClient(app);
        var (guest, token, _) = await client.StartAsync(userId: null);
        var (before, _, _) = await client.ReadAllAsync(guest, token);

        app.Time.Advance(TimeSpan.FromDays(29));
        var (activities, conversations) = app.Services.GetRequiredService<DirectLineRetention>().Clean();

        var (after, _, _) = await client.ReadAllAsync(guest, SoKetBotApplication.DirectLineSecret);
        Assert.Equal((0, 0), (activities, conversations));
        Assert.Equal(before.Count, after.Count);
    }

    private static long Sequence(System.Text.Json.Nodes.JsonObject activity) =>
        long.Parse(((string)activity["id"]!).Split('|')[1], CultureInfo.InvariantCulture);
}
