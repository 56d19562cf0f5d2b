using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoKetBot.Storage;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Organisation.Import;
using SoKetBot.Storage.Plans;
using SoKetBot.Tests.Storage.Plans;

namespace SoKetBot.Tests.Storage.Organisation;

public sealed class DemoProvinceTests
{
    private static IHost CreateHost(string dataFile)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development, ContentRootPath = PlanLoaderTests.BotFolder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFile"] = dataFile });
        builder.AddStorage();
        builder.AddPlans();
        builder.AddDemoProvince();
        return builder.Build();
    }

    [Fact]
    public async Task DemoProvince_Development_SeedsUnitsOfficialsAndTheShiftedPlan()
    {
        using var host = CreateHost(":memory:");

        await host.StartAsync(CancellationToken.None);

        var units = host.Services.GetRequiredService<IUnitStore>();
        Assert.Equal("Tỉnh Nghệ An", units.Find("40")!.Name);
        Assert.Equal(21, units.ChildrenOf("40").Count(unit => unit.Level == "district"));
        Assert.True(units.ChildrenOf("40").Count(unit => unit.Level == "department") >= 3);
        Assert.True(units.All().Where(unit => unit.Level == "commune").Select(unit => unit.ParentCode).Distinct().Count() >= 3);
        var officials = host.Services.GetRequiredService<IOfficialStore>();
        var xa = officials.Find("xa")!;
        var huyen = officials.Find("huyen")!;
        Assert.Equal(huyen.UnitCode, units.Find(xa.UnitCode)!.ParentCode);
        Assert.True(huyen.Has(OfficialRoles.Reporter | OfficialRoles.Approver));
        Assert.True(officials.Find("tinh")!.Has(OfficialRoles.Approver | OfficialRoles.Administrator));
        Assert.Equal("department", units.Find(officials.Find("so")!.UnitCode)!.Level);
        Assert.All(officials.All(), official => Assert.True(AccessCodeHasher.Verify("demo", official.AccessCodeHash)));
        var catalog = host.Services.GetRequiredService<PlanCatalog>();
        var plan = catalog.Active;
        Assert.Equal("kh-248-2020-demo", plan.Id);
        Assert.Equal(new DateOnly(2020, 5, 14), catalog.Find("kh-248-2020")!.Issued);
        Assert.Equal(PlanShift.TodayIn(plan, TimeProvider.System), plan.Issued);
        Assert.Equal(36, (plan.FindLevel("commune")!.Deadline.AddHours(7) - plan.Issued.ToDateTime(TimeOnly.MinValue)).TotalDays);
        Assert.Equal(plan, host.Services.GetRequiredService<IPlanStore>().Find(plan.Id), new PlanJsonComparer());
        await host.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task DemoProvince_Restart_SeedsNothingAndKeepsEdits()
    {
        var dataFile = Path.Combine(Path.GetTempPath(), $"soketbot-demo-{Guid.NewGuid():N}.db");
        try
        {
            Dictionary<string, string> hashes;
            using (var first = CreateHost(dataFile))
            {
                await first.StartAsync(CancellationToken.None);
                var officials = first.Services.GetRequiredService<IOfficialStore>();
                officials.Save(officials.Find("xa")! with { FullName = "Trần Văn Thắng (đã sửa)" });
                hashes = officials.All().ToDictionary(o => o.Account, o => o.AccessCodeHash);
                await first.StopAsync(CancellationToken.None);
            }

            using var second = CreateHost(dataFile);
            await second.StartAsync(CancellationToken.None);

            // The organisation exists, so the demo is not imported again: an administrator's edit stays.
            Assert.Equal("Trần Văn Thắng (đã sửa)", second.Services.GetRequiredService<IOfficialStore>().Find("xa")!.FullName);
            var importer = second.Services.GetRequiredService<OrganisationImporter>();
            var report = importer.Import(Path.Combine(PlanLoaderTests.BotFolder, "demo", "units.csv"));
            Assert.Equal((0, 0), (report.Added, report.Updated));
            Assert.Equal(hashes, second.Services.GetRequiredService<IOfficialStore>().All().ToDictionary(o => o.Account, o => o.AccessCodeHash));
            await second.StopAsync(CancellationToken.None);
        }
        finally
        {
            File.Delete(dataFile);
            File.Delete(Path.ChangeExtension(dataFile, null) + "-log.db");
        }
    }
}
