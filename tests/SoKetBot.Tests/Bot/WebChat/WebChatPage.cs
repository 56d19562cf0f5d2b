using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SoKetBot.Tests.Bot.WebChat;

/// <summary>The bot's page as a person uses it: the sign-in form, then Microsoft's Web Chat (4.18.1 selectors).</summary>
internal sealed partial class WebChatPage
{
    public const string SendBox = "[data-id=\"webchat-sendbox-input\"]";
    public const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user)";
    public const string UserBubbles = ".webchat__bubble--from-user";
    public const string SuggestedActions = ".webchat__suggested-actions button";

    public WebChatPage(IPage page)
    {
        Page = page;
        page.PageError += (_, error) => Problems.Add($"page error: {error}");
        page.Console += (_, message) =>
        {
            // Web Chat reports what it could not show (a card that fails to render) only as a console warning.
            if (message.Type == "error" || (message.Type == "warning" && message.Text.Contains("botframework-webchat", StringComparison.Ordinal)))
            {
                Problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            if (!request.Url.Contains("/stream", StringComparison.Ordinal))
            {
                Problems.Add($"{request.Method} {request.Url}: {request.Failure}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>What went wrong in the browser: script errors, Web Chat's warnings (such as a card it could not render), failed requests.</summary>
    public List<string> Problems { get; } = [];

    public async Task SignInAsync(string account, string accessCode)
    {
        await Page.GetByLabel("Tài khoản").FillAsync(account);
        await Page.GetByLabel("Mã truy cập").FillAsync(accessCode);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    public async Task SayAsync(string text)
    {
        var input = Page.Locator(SendBox);
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    /// <summary>Types <paramref name="text"/>, sees it on the user's side, and waits for a new bot message after it.</summary>
    public async Task SayAndSeeReplyAsync(string text)
    {
        var before = await Page.Locator(BotBubbles).CountAsync();
        await SayAsync(text);
        await Assertions.Expect(UserMessage(text)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(Page.Locator(BotBubbles)).Not.ToHaveCountAsync(before, new() { Timeout = 30_000 });
    }

    public ILocator BotMessage(string text) => Page.Locator(BotBubbles).Filter(new() { HasText = text });

    public ILocator UserMessage(string text) => Page.Locator(UserBubbles).Filter(new() { HasText = text });

    /// <summary>Waits until the transcript has not changed for <paramref name="quiet"/> and the last activity is the bot's.</summary>
    public async Task WaitForBotAsync(TimeSpan? quiet = null, TimeSpan? timeout = null)
    {
        // Wall-clock waiting for a real browser: a Stopwatch, not the bot's (fake) TimeProvider.
        var settle = quiet ?? TimeSpan.FromSeconds(1.2);
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        var last = (Count: -1, FromBot: false);
        var stableSince = TimeSpan.Zero;
        while (elapsed.Elapsed < limit)
        {
            var now = await Page.EvaluateAsync<int[]>(
                """
                () => {
                  const activities = [...document.querySelectorAll('.webchat__basic-transcript__activity')];
                  const lastOne = activities[activities.length - 1];
                  const fromBot = lastOne && !lastOne.querySelector('.webchat__bubble--from-user') ? 1 : 0;
                  return [activities.length, fromBot];
                }
                """);
            var current = (Count: now[0], FromBot: now[1] == 1);
            if (current != last)
            {
                last = current;
                stableSince = elapsed.Elapsed;
            }
            else if (current.FromBot && elapsed.Elapsed - stableSince >= settle)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The bot did not answer in time.");
    }

    /// <summary>The text of every bot activity after the user's last one: the current prompt, however many messages it spans.</summary>
    public Task<string> CurrentPromptAsync() => Page.EvaluateAsync<string>(
        """
        () => {
          const activities = [...document.querySelectorAll('.webchat__basic-transcript__activity')];
          let start = 0;
          activities.forEach((activity, index) => { if (activity.querySelector('.webchat__bubble--from-user')) { start = index + 1; } });
          return activities.slice(start).map(activity => activity.innerText).join('\n');
        }
        """);

    /// <summary>Completes a whole review in the Web Chat open on <paramref name="page"/>; see the instance method.</summary>
    public static Task<string> CompleteReviewAsync(IPage page) => new WebChatPage(page).CompleteReviewAsync();

    /// <summary>
    /// Completes a whole review the way an official would: reads each prompt of the bot and answers it, typing
    /// for text, numbers and dates and clicking buttons for yes/no, choices and commands, until the bot confirms
    /// the submission. Written against the review dialog's texts (Dialogs/Resources/BotText.resx: Expect_*,
    /// Records_*, Summary_*, Submit_*); answers are valid but plain (the examples the bot itself gives).
    /// </summary>
    /// <returns>The confirmation text.</returns>
    public async Task<string> CompleteReviewAsync(int maxSteps = 400, Func<int, Task>? afterStep = null)
    {
        var samePromptCount = 0;
        var previousPrompt = string.Empty;
        for (var step = 0; step < maxSteps; step++)
        {
            await WaitForBotAsync();
            var prompt = await CurrentPromptAsync();
            if (prompt.Contains("Đã nộp báo cáo", StringComparison.Ordinal))
            {
                return prompt;
            }

            samePromptCount = prompt == previousPrompt ? samePromptCount + 1 : 0;
            previousPrompt = prompt;
            if (samePromptCount > 3)
            {
                throw new InvalidOperationException($"The review is stuck at step {step} on:\n{prompt}");
            }

            await AnswerAsync(prompt, attempt: samePromptCount);
            if (afterStep is not null)
            {
                await afterStep(step);
            }
        }

        throw new InvalidOperationException($"The review did not finish in {maxSteps} steps.");
    }

    private async Task AnswerAsync(string prompt, int attempt)
    {
        var buttons = await Page.Locator(SuggestedActions).AllInnerTextsAsync();
        var card = Page.Locator(".ac-adaptiveCard").Last;

        // Commands that move the review on.
        foreach (var command in new[] { "Nộp báo cáo", "Bắt đầu", "Tiếp tục" })
        {
            if (buttons.Contains(command))
            {
                await ClickSuggestedAsync(command);
                return;
            }
        }

        if (await ClickCardButtonAsync(card, "Nộp báo cáo"))
        {
            return;
        }

        // Multi-choice on a card: tick the first box, then "Chọn".
        if (prompt.Contains("Chọn một hoặc nhiều", StringComparison.Ordinal) || prompt.Contains("Chọn tối đa", StringComparison.Ordinal))
        {
            var boxes = card.Locator("input[type=checkbox]");
            if (await boxes.CountAsync() > 0)
            {
                await boxes.First.CheckAsync();
                await ClickCardButtonAsync(card, "Chọn");
                return;
            }

            await SayAsync("1");
            return;
        }

        if (prompt.Contains("Trả lời **Có**", StringComparison.Ordinal) || prompt.Contains("Trả lời Có hoặc Không", StringComparison.Ordinal) || (buttons.Contains("Có") && buttons.Contains("Không")))
        {
            await ClickOrSayAsync(buttons, attempt == 0 ? "Có" : "Không");
            return;
        }

        if (prompt.Contains("Chọn một:", StringComparison.Ordinal))
        {
            var choice = buttons.FirstOrDefault(title => !IsCommand(title));
            if (choice is not null)
            {
                await ClickSuggestedAsync(choice);
            }
            else
            {
                await SayAsync("1");
            }

            return;
        }

        // Repeated records: one is enough.
        if (prompt.Contains("Gõ **thêm** để nhập", StringComparison.Ordinal) || prompt.Contains("Gõ thêm để nhập", StringComparison.Ordinal))
        {
            await ClickOrSayAsync(buttons, prompt.Contains("hoặc **xong**", StringComparison.Ordinal) || prompt.Contains("hoặc xong", StringComparison.Ordinal) ? "Xong" : "Thêm");
            return;
        }

        if (prompt.Contains("Nhập một số nguyên", StringComparison.Ordinal))
        {
            await SayAsync(ExampleIn(prompt) ?? (attempt == 0 ? "5" : "1"));
            return;
        }

        if (prompt.Contains("ngày/tháng/năm", StringComparison.Ordinal))
        {
            await SayAsync(ExampleIn(prompt) ?? "15/11/2026");
            return;
        }

        if (prompt.Contains("bằng đoạn văn", StringComparison.Ordinal))
        {
            await SayAsync("Đơn vị đã triển khai đầy đủ, đúng kế hoạch; quần chúng tham gia tích cực.");
            return;
        }

        if (prompt.Contains("Trả lời ngắn gọn", StringComparison.Ordinal))
        {
            await SayAsync(attempt == 0 ? "Đã thực hiện" : "Có");
            return;
        }

        // A choice offered only as buttons, or anything else: take a non-command button, else answer briefly.
        var fallback = buttons.FirstOrDefault(title => !IsCommand(title));
        if (fallback is not null)
        {
            await ClickSuggestedAsync(fallback);
        }
        else
        {
            await SayAsync(attempt == 0 ? "Đã thực hiện" : "1");
        }
    }

    private static bool IsCommand(string title) =>
        title is "Bỏ qua" or "Quay lại" or "Trợ giúp" or "Tiến độ" or "Hủy" or "Sửa" or "Xem lại" or "Giải thích" or "Giữ nguyên";

    private Task ClickSuggestedAsync(string title) =>
        Page.Locator(SuggestedActions).Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(title)}\\s*$") }).First.ClickAsync();

    private async Task ClickOrSayAsync(IReadOnlyList<string> buttons, string title)
    {
        if (buttons.Contains(title))
        {
            await ClickSuggestedAsync(title);
        }
        else
        {
            await SayAsync(title);
        }
    }

    private static async Task<bool> ClickCardButtonAsync(ILocator card, string title)
    {
        if (await card.CountAsync() == 0)
        {
            return false;
        }

        var button = card.Locator("button.ac-pushButton").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(title)}\\s*$") });
        if (await button.CountAsync() == 0 || !await button.First.IsEnabledAsync())
        {
            return false;
        }

        await button.First.ClickAsync();
        return true;
    }

    // "…, ví dụ: 12." or "…, ví dụ: 15/11/2026." — the bot's own example is a valid answer.
    private static string? ExampleIn(string prompt) =>
        ExamplePattern().Matches(prompt) is { Count: > 0 } matches ? matches[^1].Groups[1].Value.Trim().TrimEnd('.') : null;

    [GeneratedRegex(@"ví dụ:\s*([^\s,;)]+)")]
    private static partial Regex ExamplePattern();
}
