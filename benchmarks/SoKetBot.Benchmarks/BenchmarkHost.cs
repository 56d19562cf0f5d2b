using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoKetBot.Dialogs;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Organisation.Import;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Benchmarks;

/// <summary>
/// Storage, Plan 248 and the dialogs as the bot runs them (a LiteDB file on disk, the demo plan shifted to today),
/// with a pool of extra communes and their reporters, already linked, so that every measured review starts fresh.
/// </summary>
internal sealed class BenchmarkHost : IDisposable
{
    private readonly IHost host;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "soketbot-bench-" + Guid.NewGuid().ToString("N"));

    public BenchmarkHost(int officials, Durability durability = StorageOptions.DefaultDurability)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = Path.Combine(RepositoryRoot(), "Bot"),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataFile"] = Path.Combine(folder, "bench.db"),
            ["Storage:Durability"] = durability.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddStorage();
        builder.AddPlans();
        builder.AddDemoProvince();
        builder.AddDialogs();
        host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
        Engine = host.Services.GetRequiredService<ITurnEngine>();
        Scripts = SeedPool(officials);
    }

    public ITurnEngine Engine { get; }

    public IServiceProvider Services => host.Services;

    public IReadOnlyList<Script> Scripts { get; }

    public void Dispose()
    {
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    // Communes under the demo's Thành phố Vinh, each with one reporter.
    private List<Script> SeedPool(int count)
    {
        var units = host.Services.GetRequiredService<IUnitStore>();
        var people = host.Services.GetRequiredService<IOfficialStore>();
        var links = host.Services.GetRequiredService<IChannelLinkStore>();
        var plan = host.Services.GetRequiredService<PlanCatalog>().Active;
        var hash = AccessCodeHasher.Hash("bench");
        var scripts = new List<Script>(count);
        host.Services.GetRequiredService<ITransactionScope>().Run(() =>
        {
            for (var i = 0; i < count; i++)
            {
                var code = $"B{i:D5}";
                units.Save(new Unit { Code = code, Name = $"Xã Thử {i}", Kind = UnitKind.Commune, Level = "commune", ParentCode = "412" });
                people.Save(new Official { Account = $"bench{i}", FullName = $"Cán bộ {i}", UnitCode = code, Roles = OfficialRoles.Reporter, AccessCodeHash = hash });
                var user = Script.UserOf($"bench{i}");
                links.Save(new ChannelLink { Id = ChannelLink.KeyOf(Script.ChannelId, user), ChannelId = Script.ChannelId, UserId = user, OfficialAccount = $"bench{i}", LinkedAt = DateTime.UnixEpoch });
                scripts.Add(Script.For(plan, "commune", $"bench{i}"));
            }
        });
        return scripts;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SoKetBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the SoKetBot repository.");
    }
}
