using Microsoft.Playwright;

namespace SoKetBot.Tests.Bot.WebChat;

/// <summary>Web Chat 4.18.1 in Chromium under the page's Content-Security-Policy (nonce styles, no unsafe-inline or unsafe-eval).</summary>
[Collection(ChromiumCollection.Name)]
public sealed class WebChatCspTests(ChromiumFixture chromium)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Patiently = new() { Timeout = 30_000 };

    [Theory]
    [InlineData("/")]
    [InlineData("/?transport=polling")]
    public async Task WebChat_UnderThePagesPolicy_WorksAndReportsNoViolation(string path)
    {
        using var app = new SoKetBotApplication();
        app.SeedOfficial("xa", "Trần Văn Thắng", "Xã Hưng Lộc");
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        var page = await WebChatPage.OpenAsync(context);

        var response = await page.Page.GotoAsync(path);
        await page.SignInAsync("xa", "demo");
        await Assertions.Expect(page.Page.Locator(WebChatPage.BotBubbles).First).ToBeVisibleAsync(Patiently);
        await page.SayAndSeeReplyAsync("Xin chào");
        await Assertions.Expect(page.Page.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0, new() { Timeout = 15_000 });

        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.NotNull(policy);
        Assert.Contains("style-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-", policy, StringComparison.Ordinal);
        var violations = await page.CspViolationsAsync();
        Assert.True(violations.Length == 0, string.Join("\n", violations));
        Assert.True(page.Problems.Count == 0, string.Join("\n", page.Problems));
        // Web Chat really styled itself through the nonce: its emotion <style> elements (Web Chat's and the transcript
        // scroller's) are in the document, and each was applied (a blocked one has no sheet).
        var styles = await page.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('style[data-emotion]')].map(style => style.dataset.emotion.replace(/-[a-z]+$/i, '') + (style.sheet ? '' : ' (blocked)'))");
        Assert.Contains("webchat--css", styles);
        Assert.Contains("react-scroll-to-bottom--css", styles);
    }

    [Fact]
    public async Task Page_StyleWithoutTheNonce_IsBlockedAndReported()
    {
        using var app = new SoKetBotApplication();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await WebChatPage.OpenAsync(context);
        await page.Page.GotoAsync("/");
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" })).ToBeVisibleAsync(Patiently);

        var applied = await page.Page.EvaluateAsync<string>(
            """
            () => new Promise(resolve => {
              document.addEventListener('securitypolicyviolation', () => resolve(getComputedStyle(document.body).outlineStyle), { once: true });
              const style = document.createElement('style');
              style.textContent = 'body { outline: 3px dotted red; }';
              document.head.append(style);
            })
            """);

        Assert.NotEqual("dotted", applied);
        Assert.Contains(await page.CspViolationsAsync(), violation => violation.StartsWith("style-src", StringComparison.Ordinal));
    }
}
