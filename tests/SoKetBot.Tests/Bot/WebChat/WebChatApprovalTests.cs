using Microsoft.Playwright;

namespace SoKetBot.Tests.Bot.WebChat;

/// <summary>
/// Approval with two officials in two browsers: the commune's reporter submits, the card appears live in the city's
/// Web Chat, the approver approves on it, and both see the outcome.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class WebChatApprovalTests(ChromiumFixture chromium)
{
    private const string CardTitle = "Báo cáo sơ kết của xã Hưng Lộc";
    private static readonly LocatorAssertionsToBeVisibleOptions Patiently = new() { Timeout = 30_000 };

    [Fact(Timeout = 240_000)]
    public async Task Approval_CardReachesTheOpenWebChatLive_ApprovingReplacesItAndTellsTheReporter()
    {
        using var app = new SoKetBotApplication();
        await using var huyenContext = await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        await using var xaContext = await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        var huyen = await WebChatPage.OpenAsync(huyenContext);
        huyen.ServerActivities = WebChatPage.ShownActivitiesOf(app, "huyen");
        var xa = await WebChatPage.OpenAsync(xaContext);
        xa.ServerActivities = WebChatPage.ShownActivitiesOf(app, "xa");

        // The approver opens the chat first, so they have a conversation to receive the card in.
        await huyen.Page.GotoAsync("/");
        await huyen.SignInAsync("huyen", "demo");
        await Assertions.Expect(huyen.Page.Locator("#official-name")).ToHaveTextAsync("Nguyễn Đình Hải", new() { Timeout = 30_000 });
        await huyen.WaitForReplyAsync(0);
        var huyenBefore = await huyen.ActivityCountAsync();
        Assert.Equal(0, await Card(huyen).CountAsync());

        await xa.Page.GotoAsync("/");
        await xa.SignInAsync("xa", "demo");
        Assert.Contains("Đã nộp báo cáo", await xa.CompleteReviewAsync(), StringComparison.Ordinal);
        await ChromiumFixture.ScreenshotAsync(xa.Page, "approval-1-xa-submitted");

        // The card arrives in huyen's open Web Chat without a reload.
        await Assertions.Expect(Card(huyen)).ToBeVisibleAsync(Patiently);
        await huyen.WaitForReplyAsync(huyenBefore);
        await Assertions.Expect(Card(huyen).GetByRole(AriaRole.Button, new() { Name = "Phê duyệt", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Card(huyen).GetByRole(AriaRole.Button, new() { Name = "Trả lại", Exact = true })).ToBeVisibleAsync();
        await ChromiumFixture.ScreenshotAsync(huyen.Page, "approval-2-huyen-card");
        var xaBefore = await xa.ActivityCountAsync();

        var beforeDecision = await huyen.ActivityCountAsync();
        await Card(huyen).GetByRole(AriaRole.Button, new() { Name = "Phê duyệt", Exact = true }).ClickAsync();

        await Assertions.Expect(huyen.BotMessage("Đã phê duyệt báo cáo của xã Hưng Lộc (lần nộp thứ 1)")).ToBeVisibleAsync(Patiently);
        await huyen.WaitForReplyAsync(beforeDecision);
        await Assertions.Expect(Card(huyen)).ToContainTextAsync("✅ Nguyễn Đình Hải đã phê duyệt", new() { Timeout = 30_000 });
        await Assertions.Expect(Card(huyen)).ToHaveCountAsync(1);
        await Assertions.Expect(Card(huyen).GetByRole(AriaRole.Button, new() { Name = "Phê duyệt", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(Card(huyen).GetByRole(AriaRole.Button, new() { Name = "Trả lại", Exact = true })).ToHaveCountAsync(0);
        await ChromiumFixture.ScreenshotAsync(huyen.Page, "approval-3-huyen-approved");

        await Assertions.Expect(xa.BotMessage("✅ Nguyễn Đình Hải đã phê duyệt báo cáo sơ kết của xã Hưng Lộc (lần nộp thứ 1)")).ToBeVisibleAsync(Patiently);
        await xa.WaitForReplyAsync(xaBefore);
        await ChromiumFixture.ScreenshotAsync(xa.Page, "approval-4-xa-approved");

        Assert.Equal(huyen.ServerActivities!(), await huyen.ActivityCountAsync());
        Assert.True(huyen.Problems.Count == 0, "huyen: " + string.Join("\n", huyen.Problems));
        Assert.True(xa.Problems.Count == 0, "xa: " + string.Join("\n", xa.Problems));
    }

    // The approval card in the transcript, by its title.
    private static ILocator Card(WebChatPage page) =>
        page.Page.Locator(".webchat__basic-transcript__activity .ac-adaptiveCard").Filter(new() { HasText = CardTitle });
}
