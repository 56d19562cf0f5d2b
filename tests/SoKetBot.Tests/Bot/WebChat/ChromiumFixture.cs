using Microsoft.Playwright;

namespace SoKetBot.Tests.Bot.WebChat;

/// <summary>
/// One headless Debian Chromium (/usr/bin/chromium, or <c>SOKETBOT_CHROMIUM</c>; Playwright's own browser download
/// does not work here; the build runs tests/install-prerequisites, which installs the package) shared by the browser tests, and the folder their
/// screenshots go to.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Overrides <see cref="DefaultExecutablePath"/>: another Chromium, or a missing one to see the message.</summary>
    public const string ExecutablePathVariable = "SOKETBOT_CHROMIUM";

    public const string DefaultExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable(ExecutablePathVariable) is { Length: > 0 } path ? path : DefaultExecutablePath;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>tests/SoKetBot.Tests/TestResults/screenshots: kept as test artifacts (git-ignored).</summary>
    public static string ScreenshotDirectory { get; } = FindScreenshotDirectory();

    public async Task InitializeAsync()
    {
        // Checked once here: without it every browser test fails with Playwright's launch error and its stack trace.
        if (!File.Exists(ExecutablePath))
        {
            throw new ChromiumMissingException(ExecutablePath);
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    private static string FindScreenshotDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SoKetBot.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
