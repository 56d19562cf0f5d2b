using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Tests.Storage.Plans;

namespace SoKetBot.Tests.Bot.Hosting;

public sealed class StartupTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-start-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string BrokenPlanFolder()
    {
        var plan = PlanValidationTests.ValidPlan();
        plan["levels"]![0]!["deadline"] = "2020-09-01T00:00:00+07:00";
        plan["sections"]![0]!["questions"]![1]!["type"] = "dropdown";
        File.WriteAllText(Path.Combine(folder, "hong.json"), plan.ToJsonString());
        return folder;
    }

    [Fact]
    public void Host_Development_RunsTheShiftedPlanAndTheDemoProvince()
    {
        using var app = new SoKetBotApplication();
        _ = app.BaseAddress;

        var plan = app.Services.GetRequiredService<PlanCatalog>().Active;
        Assert.Equal("kh-248-2020-demo", plan.Id);
        Assert.Equal(new DateOnly(2026, 11, 28), plan.Issued);
        Assert.Equal(new DateTime(2027, 1, 2, 17, 0, 0, DateTimeKind.Utc), plan.FindLevel("commune")!.Deadline);
        Assert.Equal(plan.Issued, app.Services.GetRequiredService<IPlanStore>().Find(plan.Id)!.Issued);
        Assert.NotNull(app.Services.GetRequiredService<IOfficialStore>().Find("huyen"));
    }

    [Fact]
    public void Host_BrokenPlan_RefusesToStartAndListsTheProblems()
    {
        using var app = new SoKetBotApplication(settings: new Dictionary<string, string?> { ["Plans:Directory"] = BrokenPlanFolder() });

        var exception = Assert.ThrowsAny<Exception>(() => app.BaseAddress);

        var validation = Assert.IsType<PlanValidationException>(Innermost(exception));
        Assert.Equal(["levels[0].deadline", "sections[0].questions[1].type"], validation.Problems.Select(p => p.Place).Order());
        Assert.Contains("hong.json: sections[0].questions[1].type: 'dropdown' is not a question type.", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotProcess_BrokenPlan_ExitsNonZeroWithTheProblems()
    {
        var (exitCode, output) = await BotProcess.RunAsync(
            Path.Combine(folder, "soketbot.db"), new Dictionary<string, string> { ["Plans__Directory"] = BrokenPlanFolder() }, stopWhen: null);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("2 problem(s)", output, StringComparison.Ordinal);
        Assert.Contains("levels[0].deadline", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotProcess_Start_ReportsThePlanAndTheOrganisation()
    {
        var dataFile = Path.Combine(folder, "soketbot.db");
        await BotProcess.RunAsync(dataFile, "import", Path.Combine(PlanLoaderTests.BotFolder, "demo", "units.csv"), NonDemoOfficials());

        var (_, output) = await BotProcess.RunAsync(
            dataFile, new Dictionary<string, string> { ["Urls"] = "http://127.0.0.1:0" }, stopWhen: line => line.Contains("Data file:", StringComparison.Ordinal));

        Assert.Contains("Active plan kh-248-2020", output, StringComparison.Ordinal);
        Assert.Contains("Cấp xã (commune) before 19/06/2020 00:00", output, StringComparison.Ordinal);
        Assert.Contains("10 sections", output, StringComparison.Ordinal);
        Assert.Contains("40 units (commune 11, department 7, district 21, province 1)", output, StringComparison.Ordinal);
        Assert.Contains("8 officials (reporter 7, approver 3, administrator 1)", output, StringComparison.Ordinal);
        Assert.Contains("Data file: " + dataFile, output, StringComparison.Ordinal);
    }

    // The demo's officials under other names and access codes: outside Development the bot refuses to start with the demo's own.
    private string NonDemoOfficials()
    {
        var lines = File.ReadAllLines(Path.Combine(PlanLoaderTests.BotFolder, "demo", "officials.csv"));
        var renamed = lines.Skip(1).Select((line, i) => line.Split(',')).Select((cells, i) =>
            string.Join(',', [cells[0], $"Cán bộ {i + 1}", .. cells[2..^1], $"ma-truy-cap-{i + 1}-rieng"]));
        var file = Path.Combine(folder, "officials.csv");
        File.WriteAllLines(file, [lines[0], .. renamed]);
        return file;
    }

    private static Exception Innermost(Exception exception) =>
        exception is PlanValidationException || exception.InnerException is null ? exception : Innermost(exception.InnerException);
}
