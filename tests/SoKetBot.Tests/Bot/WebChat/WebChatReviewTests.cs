using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SoKetBot.Tests.Bot.WebChat;

/// <summary>A whole review of Plan 248 in the real Web Chat, typing and clicking, over the WebSocket and with polling.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class WebChatReviewTests(ChromiumFixture chromium, ITestOutputHelper output)
{
    [Theory(Timeout = 240_000)]
    [InlineData("websocket", "/")]
    [InlineData("polling", "/?transport=polling")]
    public async Task WebChat_Reporter_CompletesAndSubmitsTheWholeReview_TypingAndClicking(string transport, string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var app = new SoKetBotApplication();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        if (transport == "polling")
        {
            await WebChatPage.PollFasterAsync(context);
        }

        var page = await WebChatPage.OpenAsync(context);
        page.ServerActivities = WebChatPage.ShownActivitiesOf(app, "xa");
        await page.Page.GotoAsync(path);
        await page.SignInAsync("xa", "demo");
        await Assertions.Expect(page.Page.Locator("#official-name")).ToHaveTextAsync("Trần Văn Thắng", new() { Timeout = 30_000 });

        var confirmation = await page.CompleteReviewAsync();
        await ChromiumFixture.ScreenshotAsync(page.Page, $"review-{transport}-submitted");

        output.WriteLine($"{transport}: {clock.Elapsed}, {page.Steps.Count} steps: {string.Join(", ", page.Steps)}");
        Assert.Equal(page.ServerActivities!(), await page.ActivityCountAsync());
        Assert.Contains("Đã nộp báo cáo", confirmation, StringComparison.Ordinal);
        Assert.True(page.Problems.Count == 0, string.Join("\n", page.Problems));
    }
}
