namespace SoKetBot.Tests.Bot.Hosting;

/// <summary>One process writes a data file: the real bot, and a command or a second bot beside it.</summary>
public sealed class SingleWriterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-writer-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Audit_WhileTheBotRuns_RefusedNamingTheBot_ThenTheBotKilledAndStartedAgain()
    {
        var dataFile = Path.Combine(folder, "soketbot.db");
        int killed;
        await using (var bot = await RunningBot.StartAsync(dataFile, new Dictionary<string, string>()))
        {
            killed = bot.ProcessId;

            var (exitCode, output) = await BotProcess.RunAsync(dataFile, "audit");

            Assert.NotEqual(0, exitCode);
            Assert.Contains($"The data file {dataFile} is in use by process {bot.ProcessId} (dotnet SoKetBot.Bot, started ", output, StringComparison.Ordinal);
            Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain("Link", output, StringComparison.Ordinal);
        }

        // RunningBot ends the bot with SIGKILL: no shutdown ran, the kernel dropped the lock with the process.
        await using var restarted = await RunningBot.StartAsync(dataFile, new Dictionary<string, string>());
        Assert.NotEqual(killed, restarted.ProcessId);
    }

    [Fact]
    public async Task SecondBot_OnTheSameFile_ExitsNonZeroWithOneLine()
    {
        var dataFile = Path.Combine(folder, "soketbot.db");
        await using var bot = await RunningBot.StartAsync(dataFile, new Dictionary<string, string>());

        var (exitCode, output) = await BotProcess.RunAsync(dataFile, new Dictionary<string, string> { ["Urls"] = "http://127.0.0.1:0" }, stopWhen: null);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"in use by process {bot.ProcessId} (", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
