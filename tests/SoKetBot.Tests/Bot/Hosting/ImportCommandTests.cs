using System.Net;
using SoKetBot.Tests.Bot.Messaging;
using SoKetBot.Tests.Storage.Plans;

namespace SoKetBot.Tests.Bot.Hosting;

/// <summary><c>import</c> beside the real running bot: the bot imports through its control socket and hashes the codes after.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-importcmd-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Import_WhileTheBotRuns_TheBotImportsAndANewOfficialLinksAtOnce()
    {
        var dataFile = Path.Combine(folder, "soketbot.db");
        var units = Path.Combine(PlanLoaderTests.BotFolder, "demo", "units.csv");
        var officials = Path.Combine(folder, "officials.csv");
        await File.WriteAllTextAsync(officials, "account,full_name,title,unit,roles,access_code\nmoi,Nguyễn Văn Mới,,16672,reporter,ma-moi-2026\n");
        await using var bot = await RunningBot.StartAsync(dataFile, new Dictionary<string, string>());

        var (exitCode, output) = await BotProcess.RunAsync(dataFile, "import", officials, units);
        using var client = bot.CreateClient();
        await SayAsync(client, "xin chào");
        await SayAsync(client, "moi");
        var linked = await SayAsync(client, "ma-moi-2026");

        Assert.Equal(0, exitCode);
        Assert.Contains("units.csv: ", output, StringComparison.Ordinal);
        Assert.Contains("officials.csv: 1 officials: 1 added, 0 updated, 0 unchanged; 1 access codes are being hashed", output, StringComparison.Ordinal);
        Assert.Contains("Đã liên kết tài khoản **moi**", linked, StringComparison.Ordinal);
        Assert.Contains("Import through the control socket", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WhileTheBotRuns_ABadFileIsRefusedRowByRowAndNothingAfterItImported()
    {
        var dataFile = Path.Combine(folder, "soketbot.db");
        var units = Path.Combine(PlanLoaderTests.BotFolder, "demo", "units.csv");
        var officials = Path.Combine(folder, "officials.csv");
        await File.WriteAllTextAsync(officials, "account,full_name,title,unit,roles,access_code\nmoi,Nguyễn Văn Mới,,16672,reporter,\nhai,,,16672,reporter,ma\n");
        await using var bot = await RunningBot.StartAsync(dataFile, new Dictionary<string, string>());

        var (exitCode, output) = await BotProcess.RunAsync(dataFile, "import", units, officials);

        Assert.Equal(1, exitCode);
        Assert.Contains("2 bad row(s), nothing imported", output, StringComparison.Ordinal);
        Assert.Contains("line 2: ", output, StringComparison.Ordinal);
        Assert.Contains("line 3: full_name is empty.", output, StringComparison.Ordinal);
    }

    private static async Task<string> SayAsync(HttpClient client, string text)
    {
        using var response = await client.PostActivityAsync(Activities.Message(text, id: Guid.NewGuid().ToString("N"), conversationId: "import-1", deliveryMode: "expectReplies"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = (await response.ReadJsonAsync())["activities"]!.AsArray();
        return string.Join("\n", replies.Select(reply => (string?)reply!["text"]));
    }
}
