using Microsoft.Playwright;

namespace SoKetBot.Tests.Bot.WebChat;

/// <summary>The real page and the real Web Chat 4.18.1 in Chromium, over the WebSocket and with polling.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class WebChatPageTests(ChromiumFixture chromium)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Patiently = new() { Timeout = 30_000 };

    [Theory]
    [InlineData("websocket", "/")]
    [InlineData("polling", "/?transport=polling")]
    public async Task WebChat_SignedInOfficial_SeesTheirNameTypesAndGetsTheBotsReply(string transport, string path)
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial("xa", "Trần Văn Thắng", "Xã Hưng Lộc");
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        var page = await WebChatPage.OpenAsync(context);

        await page.Page.GotoAsync(path);
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" })).ToBeVisibleAsync(Patiently);
        await Assertions.Expect(page.Page.GetByText("Tài khoản dùng thử")).ToBeVisibleAsync();
        await ChromiumFixture.ScreenshotAsync(page.Page, $"{transport}-1-sign-in");
        await page.SignInAsync("xa", "demo");
        await Assertions.Expect(page.Page.Locator("#official-name")).ToHaveTextAsync("Trần Văn Thắng", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Page.Locator("#official-unit")).ToContainTextAsync("Xã Hưng Lộc");
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Page.Locator(WebChatPage.BotBubbles).First).ToBeVisibleAsync(Patiently);
        await page.SayAndSeeReplyAsync($"Xin chào qua {transport}");
        await ChromiumFixture.ScreenshotAsync(page.Page, $"{transport}-2-chat");

        // Web Chat counts a message as sent only when its echo comes back; otherwise it says so after 20 s.
        await Assertions.Expect(page.Page.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        Assert.True(page.Problems.Count == 0, string.Join("\n", page.Problems));
    }

    [Fact]
    public async Task WebChat_ComingBack_ContinuesTheSameConversation()
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial("xa", "Trần Văn Thắng", "Xã Hưng Lộc");
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await WebChatPage.OpenAsync(context);
        await page.Page.GotoAsync("/");
        await page.SignInAsync("xa", "demo");
        await Assertions.Expect(page.Page.Locator(WebChatPage.SendBox)).ToBeVisibleAsync(Patiently);

        // The greeting first: arriving after the message is typed, it would be taken for the reply, and the reload would come too soon.
        await Assertions.Expect(page.Page.Locator(WebChatPage.BotBubbles).First).ToBeVisibleAsync(Patiently);
        await page.SayAndSeeReplyAsync("lần trước");

        await page.Page.ReloadAsync();

        await Assertions.Expect(page.Page.Locator("#official-name")).ToHaveTextAsync("Trần Văn Thắng", new() { Timeout = 30_000 });
        await Assertions.Expect(page.UserMessage("lần trước")).ToBeVisibleAsync(Patiently);
        await page.SayAndSeeReplyAsync("lần này");
        await ChromiumFixture.ScreenshotAsync(page.Page, "coming-back");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" })).ToBeVisibleAsync(Patiently);
        Assert.True(page.Problems.Count == 0, string.Join("\n", page.Problems));
    }

    [Fact]
    public async Task SignIn_WrongCode_ShowsAVietnameseErrorAndStaysOnTheForm()
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await WebChatPage.OpenAsync(context);
        await page.Page.GotoAsync("/");

        await page.SignInAsync("xa", "sai");

        await Assertions.Expect(page.Page.Locator("#sign-in-error")).ToContainTextAsync("Tài khoản hoặc mã truy cập không đúng", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Page.Locator("#chat")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task WebChat_OnAPhone_FillsTheScreenBelowTheBar()
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial("xa", "Trần Văn Thắng", "Xã Hưng Lộc");
        await using var context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        });
        var page = await WebChatPage.OpenAsync(context);
        await page.Page.GotoAsync("/");
        await page.SignInAsync("xa", "demo");
        await Assertions.Expect(page.Page.Locator(WebChatPage.BotBubbles).First).ToBeVisibleAsync(Patiently);

        var box = await page.Page.Locator("#webchat").BoundingBoxAsync();

        await ChromiumFixture.ScreenshotAsync(page.Page, "phone");
        Assert.NotNull(box);
        Assert.InRange(box.Width, 380, 390);
        Assert.True(box.Y + box.Height >= 830, $"Web Chat ends at {box.Y + box.Height} of 844");
        Assert.True(page.Problems.Count == 0, string.Join("\n", page.Problems));
    }
}
