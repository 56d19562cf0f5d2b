using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SoKetBot.Bot.DirectLine;
using SoKetBot.Storage.DirectLine;

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

    /// <summary>
    /// A new page of <paramref name="context"/> that also reports every Content-Security-Policy violation (the
    /// <c>securitypolicyviolation</c> event) as a console error, which lands in <see cref="Problems"/>.
    /// </summary>
    public static async Task<WebChatPage> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(
            """
            (() => {
              window.__cspViolations = [];
              document.addEventListener('securitypolicyviolation', event => {
                const violation = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile || '?'}:${event.lineNumber}`;
                window.__cspViolations.push(violation);
                console.error('CSP violation: ' + violation);
              });
            })();
            """);
        return new WebChatPage(page);
    }

    /// <summary>The CSP violations the page has seen so far (see <see cref="OpenAsync"/>).</summary>
    public Task<string[]> CspViolationsAsync() => Page.EvaluateAsync<string[]>("() => window.__cspViolations || []");

    /// <summary>
    /// Makes the pages of <paramref name="context"/> poll every 200 ms (DirectLineJS's lowest) instead of every second:
    /// the same polling transport, but a review of 60-odd turns then takes seconds less per turn. Wraps
    /// WebChat.createDirectLine as Web Chat's script defines it, before the page's own script uses it.
    /// </summary>
    public static Task PollFasterAsync(IBrowserContext context) => context.AddInitScriptAsync(
        """
        (() => {
          let webChat;
          Object.defineProperty(window, 'WebChat', {
            configurable: true,
            get: () => webChat,
            set: value => {
              const create = value && value.createDirectLine;
              if (create && !create.pollsFaster) {
                value.createDirectLine = Object.assign(options => create({ ...options, pollingInterval: 200 }), { pollsFaster: true });
              }
              webChat = value;
            }
          });
        })();
        """);

    /// <summary>What went wrong in the browser: script errors, Web Chat's warnings (such as a card it could not render), failed requests.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>What each step of <see cref="CompleteReviewAsync(int, Func{int, Task}?)"/> did: "typed …", "clicked …", "ticked …".</summary>
    public List<string> Steps { get; } = [];

    public async Task SignInAsync(string account, string accessCode)
    {
        await Page.GetByLabel("Tài khoản").FillAsync(account);
        await Page.GetByLabel("Mã truy cập").FillAsync(accessCode);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    public async Task SayAsync(string text)
    {
        Steps.Add($"typed {text}");
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

    /// <summary>How many activities the transcript shows.</summary>
    public Task<int> ActivityCountAsync() => Page.EvaluateAsync<int>("() => document.querySelectorAll('.webchat__basic-transcript__activity').length");

    /// <summary>
    /// How many activities Web Chat should show, counted on the server (see <see cref="ShownActivitiesOf"/>); when set,
    /// <see cref="WaitForReplyAsync"/> also waits until the transcript shows all of them.
    /// </summary>
    public Func<int>? ServerActivities { get; set; }

    /// <summary>
    /// The number of activities of <paramref name="account"/>'s latest Web Chat conversation that Web Chat shows: messages
    /// with text or attachments (not a card's submit, which has only a value), an activity sent again under its id once.
    /// </summary>
    public static Func<int> ShownActivitiesOf(SoKetBotApplication app, string account)
    {
        var store = app.Services.GetRequiredService<IDirectLineStore>();
        return () =>
        {
            if (store.LatestConversationOf(DirectLineUsers.IdOf(account)) is not { } conversation)
            {
                return 0;
            }

            var shown = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in store.ActivitiesAfter(conversation.Id, 0, int.MaxValue))
            {
                var activity = JsonNode.Parse(record.Json)!;
                if ((string?)activity["type"] == "message"
                    && (!string.IsNullOrEmpty((string?)activity["text"]) || activity["attachments"] is JsonArray { Count: > 0 }))
                {
                    shown.Add((string?)activity["id"] ?? record.Id);
                }
            }

            return shown.Count;
        };
    }

    /// <summary>
    /// Waits until the bot has answered: the transcript has more than <paramref name="before"/> activities, the last is
    /// the bot's, every card in it is rendered and (with <see cref="ServerActivities"/>) it shows every activity the
    /// server has. Web Chat may add the replies of one turn one by one (it does with polling), so without the server's
    /// count this can be the first message of an answer.
    /// </summary>
    public async Task WaitForReplyAsync(int before, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var expected = ServerActivities?.Invoke() ?? 0;
            var ready = await Page.EvaluateAsync<bool>(
                """
                ([before, expected]) => {
                  const activities = document.querySelectorAll('.webchat__basic-transcript__activity');
                  return activities.length > before && activities.length >= expected
                    && !activities[activities.length - 1].querySelector('.webchat__bubble--from-user')
                    && [...document.querySelectorAll('.webchat__adaptive-card-renderer')].every(card => card.querySelector('.ac-adaptiveCard'));
                }
                """,
                new[] { before, expected });
            if (ready)
            {
                return;
            }

            if (elapsed.Elapsed > limit)
            {
                throw new TimeoutException($"The bot did not answer in time (server: {expected} activities, page: {await ActivityCountAsync()}). Last steps: {string.Join(" | ", Steps.TakeLast(5))}\nTranscript ends with:\n{await TranscriptTailAsync()}");
            }

            // Polling the page (as Playwright's own waits do), not waiting for a guessed time.
            await Task.Delay(40);
        }
    }

    private Task<string> TranscriptTailAsync() => Page.EvaluateAsync<string>(
        "() => [...document.querySelectorAll('.webchat__basic-transcript__activity')].slice(-4).map(a => (a.querySelector('.webchat__bubble--from-user') ? 'user: ' : 'bot: ') + a.innerText).join('\\n')");

    /// <summary>
    /// The text of the bot's activities from the <paramref name="from"/>th on (after the user's last one if that is
    /// later): the current prompt, however many messages it spans.
    /// </summary>
    public Task<string> CurrentPromptAsync(int from = 0) => Page.EvaluateAsync<string>(
        """
        from => {
          const activities = [...document.querySelectorAll('.webchat__basic-transcript__activity')];
          let start = from;
          activities.forEach((activity, index) => { if (activity.querySelector('.webchat__bubble--from-user')) { start = Math.max(start, index + 1); } });
          return activities.slice(start).map(activity => activity.innerText).join('\n');
        }
        """,
        from);

    /// <summary>Completes a whole review in the Web Chat open on <paramref name="page"/>; see the instance method.</summary>
    public static Task<string> CompleteReviewAsync(IPage page) => new WebChatPage(page).CompleteReviewAsync();

    /// <summary>
    /// Completes a whole review the way an official would: reads each prompt of the bot and answers it, typing
    /// for text, numbers and dates and clicking buttons for yes/no, choices and commands, ticking boxes on the
    /// several-choices card, until the bot confirms the submission. Written against the review dialog's texts
    /// (Dialogs/Resources/BotText.resx: Expect_*, Records_*, Summary_*, Submit_*); answers are valid but plain
    /// (the examples the bot itself gives). Starts from the bot's greeting and waits on the transcript after each
    /// answer (<see cref="WaitForReplyAsync"/>), never for a fixed time.
    /// </summary>
    /// <returns>The confirmation text.</returns>
    public async Task<string> CompleteReviewAsync(int maxSteps = 400, Func<int, Task>? afterStep = null)
    {
        await WaitForReplyAsync(0);
        var samePromptCount = 0;
        var previousPrompt = string.Empty;
        var from = 0;
        for (var step = 0; step < maxSteps; step++)
        {
            var prompt = await CurrentPromptAsync(from);
            if (prompt.Contains("Đã nộp báo cáo", StringComparison.Ordinal))
            {
                return prompt;
            }

            samePromptCount = prompt == previousPrompt ? samePromptCount + 1 : 0;
            previousPrompt = prompt;
            if (samePromptCount > 3)
            {
                throw new InvalidOperationException($"The review is stuck at step {step} on:\n{prompt}\nLast steps: {string.Join(" | ", Steps.TakeLast(5))}");
            }

            from = await ActivityCountAsync();
            await AnswerAsync(prompt, attempt: samePromptCount);
            await WaitForReplyAsync(from);
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
                Steps.Add("ticked the first box");
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

        if (prompt.Contains("Ghi một số", StringComparison.Ordinal) || prompt.Contains("Ghi tỷ lệ phần trăm", StringComparison.Ordinal))
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

    private Task ClickSuggestedAsync(string title)
    {
        Steps.Add($"clicked {title}");
        return Page.Locator(SuggestedActions).Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(title)}\\s*$") }).First.ClickAsync();
    }

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

    // "…, ví dụ: 12 buổi.", "…, ví dụ: 90%." or "…, ví dụ: 15/11/2026." — the bot's own example is a valid answer.
    private static string? ExampleIn(string prompt) =>
        ExamplePattern().Matches(prompt) is { Count: > 0 } matches ? matches[^1].Groups[1].Value.Trim().TrimEnd('.') : null;

    [GeneratedRegex(@"ví dụ:\s*([^\s,;)]+)")]
    private static partial Regex ExamplePattern();
}
