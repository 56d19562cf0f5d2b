using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoKetBot.Bot.Hosting;
using SoKetBot.Storage;
using SoKetBot.Storage.Organisation;
using SoKetBot.Tests.Storage.Plans;

namespace SoKetBot.Tests.Bot.Hosting;

public sealed class CommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-import-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Demo(string file) => Path.Combine(PlanLoaderTests.BotFolder, "demo", file);

    private static IHost CreateHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production, ContentRootPath = PlanLoaderTests.BotFolder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFile"] = ":memory:" });
        builder.AddStorage();
        return builder.Build();
    }

    private static (int? ExitCode, string Output, string Error) Run(IHost host, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Commands.Run(host.Services, args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Commands_NoCommandOrSwitchesOnly_StartTheServer()
    {
        using var host = CreateHost();

        Assert.Null(Run(host).ExitCode);
        Assert.Null(Run(host, "--urls=http://localhost:1").ExitCode);
    }

    [Fact]
    public void Commands_Help_ListsTheCommands()
    {
        using var host = CreateHost();

        var (exitCode, output, _) = Run(host, "help");

        Assert.Equal(0, exitCode);
        Assert.Contains("import <file.csv>", output, StringComparison.Ordinal);
        Assert.Contains("help", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_ImportOfficialsAndUnits_ImportsUnitsFirst()
    {
        using var host = CreateHost();

        var (exitCode, output, error) = Run(host, "import", Demo("officials.csv"), Demo("units.csv"));

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("units.csv: 40 units: 40 added, 0 updated, 0 unchanged.", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("officials.csv: 8 officials: 8 added, 0 updated, 0 unchanged.", lines[1], StringComparison.Ordinal);
        Assert.NotNull(host.Services.GetRequiredService<IOfficialStore>().Find("xa"));
    }

    [Fact]
    public void Commands_ImportBadFile_PrintsTheBadRowsAndExitsOne()
    {
        using var host = CreateHost();
        var bad = Path.Combine(folder, "units.csv");
        File.WriteAllText(bad, "code,name,kind,level,parent\n40,Tỉnh Nghệ An,tinh,province,\n412,Vinh,quan,district,40\n");

        var (exitCode, output, error) = Run(host, "import", bad);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("line 3: unknown kind 'quan'", error, StringComparison.Ordinal);
        Assert.Empty(host.Services.GetRequiredService<IUnitStore>().All());
    }

    [Fact]
    public void Commands_Unknown_PrintsUsageAndExitsOne()
    {
        using var host = CreateHost();

        var (exitCode, _, error) = Run(host, "export");

        Assert.Equal(1, exitCode);
        Assert.Contains("Unknown command 'export'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotProcess_Import_WritesTheDataFileAndExits()
    {
        var dataFile = Path.Combine(folder, "soketbot.db");
        var bad = Path.Combine(folder, "bad.csv");
        File.WriteAllText(bad, "account,full_name,title,unit,roles,access_code\nxa,Trần Văn Thắng,,99999,reporter,demo\n");

        var good = await BotProcess.RunAsync(dataFile, "import", Demo("units.csv"), Demo("officials.csv"));
        var again = await BotProcess.RunAsync(dataFile, "import", Demo("units.csv"));
        var failed = await BotProcess.RunAsync(dataFile, "import", bad);

        Assert.True(good.ExitCode == 0, good.Output);
        Assert.Contains("8 officials: 8 added", good.Output, StringComparison.Ordinal);
        Assert.Contains("40 units: 0 added, 0 updated, 40 unchanged.", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("line 2: the unit '99999' is not among the units", failed.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(dataFile));
    }
}
