using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Bot.Hosting;
using SoKetBot.Storage.Organisation;
using SoKetBot.Tests.Storage.Plans;

namespace SoKetBot.Tests.Bot.Hosting;

public sealed class DeploymentCheckTests : IDisposable
{
    private const string StrongSecret = "Qm9yJ3Z1dC1rZXktNDgtYnl0ZXMtb2YtcmFuZG9tbmVzcw9xK2";
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-deploy-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static bool Refused(string output) => output.Contains("refuses to start", StringComparison.Ordinal);

    private async Task<(int ExitCode, string Output)> StartInProductionAsync(Dictionary<string, string> environment)
    {
        environment["Urls"] = "http://127.0.0.1:0";
        return await BotProcess.RunAsync(
            Path.Combine(folder, "soketbot.db"), environment, stopWhen: line => line.Contains("Now listening", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BotProcess_AnonymousFromTheNetwork_RefusesToStartWithExitCode1()
    {
        var (exitCode, output) = await StartInProductionAsync(new() { ["Bot__AllowAnonymousFrom__0"] = "0.0.0.0/0" });

        Assert.Equal(1, exitCode);
        Assert.Contains("Bot:AllowAnonymousFrom (0.0.0.0/0) opens /api/messages to the network", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotProcess_WeakDirectLineSecretAndSigningKey_RefusesToStart()
    {
        var (exitCode, output) = await StartInProductionAsync(new()
        {
            ["DirectLine__Secret"] = "secret123",
            ["DirectLine__TokenSigningKey"] = Convert.ToBase64String(new byte[16]),
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("DirectLine:Secret is weak", output, StringComparison.Ordinal);
        Assert.Contains("DirectLine:TokenSigningKey is weak (16 bytes)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret123", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotProcess_DemoOfficialsImported_RefusesToStart()
    {
        var dataFile = Path.Combine(folder, "soketbot.db");
        var demo = Path.Combine(PlanLoaderTests.BotFolder, "demo");
        await BotProcess.RunAsync(dataFile, "import", Path.Combine(demo, "units.csv"), Path.Combine(demo, "officials.csv"));

        var (exitCode, output) = await StartInProductionAsync(new());

        Assert.Equal(1, exitCode);
        Assert.Contains("The official 'huyen' has the demo access code \"demo\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotProcess_StrongSettings_Starts()
    {
        var (_, output) = await StartInProductionAsync(new()
        {
            ["DirectLine__Secret"] = StrongSecret,
            ["DirectLine__TokenSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray()),
            ["Bot__AllowAnonymousFrom__0"] = "127.0.0.2",
        });

        Assert.False(Refused(output), output);
        Assert.Contains("Now listening", output, StringComparison.Ordinal);
        Assert.Contains("Channel authentication is OFF", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_DemoOfficialRenamedWithANewCode_IsNotAProblemButTheDemoOneIs()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?> { ["Demo:Seed"] = "false", ["DirectLine:Secret"] = StrongSecret });
        _ = app.BaseAddress;
        app.SeedOfficial("xa", fullName: "Nguyễn Văn Khác", accessCode: "mot-ma-rieng-dai-hon");
        var before = DeploymentChecks.Problems(app.Services);
        app.SeedOfficial("tinh", fullName: "Lê Xuân Hùng", accessCode: "mot-ma-rieng-dai-hon");

        var after = DeploymentChecks.Problems(app.Services);

        Assert.Empty(before);
        Assert.Contains("The demo official 'tinh' (Lê Xuân Hùng) is in the data file", Assert.Single(after), StringComparison.Ordinal);
    }

    [Fact]
    public void Host_DemoSeedOn_IsAProblem()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?> { ["Demo:Seed"] = "true", ["DirectLine:Secret"] = StrongSecret });

        var problems = DeploymentChecks.Problems(app.Services);

        Assert.Contains(problems, problem => problem.StartsWith("Demo:Seed is true", StringComparison.Ordinal));
        Assert.NotNull(app.Services.GetRequiredService<IOfficialStore>().Find("huyen"));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("short", false)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [InlineData("abcabcabcabcabcabcabcabcabcabcabcabcabc", false)]
    [InlineData("3f9a0c7e1b2d4f6a8c0e2b4d6f8a1c3e", true)]
    [InlineData(StrongSecret, true)]
    public void WeakSecrets_DirectLineSecret(string? secret, bool strong)
    {
        Assert.Equal(strong, !WeakSecrets.Check(secret, null).Any());
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("not base64!", false)]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==", false)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", false)]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", true)]
    public void WeakSecrets_TokenSigningKey(string? key, bool strong)
    {
        Assert.Equal(strong, !WeakSecrets.Check(null, key).Any());
    }
}
