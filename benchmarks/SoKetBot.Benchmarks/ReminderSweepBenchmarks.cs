using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Dialogs.Reminders;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Benchmarks;

/// <summary>
/// A reminder sweep over a whole country's communes (11,000, under 700 districts, one reporter each, a third submitted)
/// on a LiteDB file on disk, at 08:00 on the day of the communes' 7-days-before reminder.
/// <see cref="FirstSweep"/> decides and records every reminder with its notices; <see cref="SteadySweep"/> is the sweep every
/// few minutes afterwards (everything already decided); <see cref="Preview"/> plans without writing (the admin command).
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes the host in cleanup.")]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ReminderSweepBenchmarks
{
    public const int Communes = 11_000;
    private const int Districts = 700;

    private BenchmarkHost host = null!;
    private ReminderSweeper sweeper = null!;
    private DateTime at;

    /// <summary>A fresh file for each measured first sweep; building it is not measured.</summary>
    [IterationSetup(Target = nameof(FirstSweep))]
    public void FreshCountry()
    {
        host?.Dispose();
        Build();
    }

    [IterationCleanup(Target = nameof(FirstSweep))]
    public void AfterFirstSweep()
    {
        host.Dispose();
        host = null!;
    }

    [GlobalSetup(Targets = [nameof(SteadySweep), nameof(Preview)])]
    public void DecidedCountry()
    {
        Build();
        sweeper.Sweep(at);
    }

    [GlobalCleanup(Targets = [nameof(SteadySweep), nameof(Preview)])]
    public void Cleanup() => host.Dispose();

    /// <summary>Decides ~7,300 reminders (plus digests), writing each to the reminder log with its notice.</summary>
    [Benchmark]
    public int FirstSweep() => sweeper.Sweep(at).ToSend;

    [Benchmark]
    public int SteadySweep() => sweeper.Sweep(at.AddMinutes(5)).Reminders.Count;

    [Benchmark]
    public int Preview() => sweeper.Preview(at).Reminders.Count;

    private void Build()
    {
        host = new BenchmarkHost(officials: 0);
        var services = host.Services;
        var plan = services.GetRequiredService<PlanCatalog>().Active;
        var units = services.GetRequiredService<IUnitStore>();
        var officials = services.GetRequiredService<IOfficialStore>();
        var submissions = services.GetRequiredService<ISubmissionStore>();
        services.GetRequiredService<ITransactionScope>().Run(() =>
        {
            for (var d = 0; d < Districts; d++)
            {
                units.Save(new Unit { Code = $"D{d:D3}", Name = $"Huyện Thử {d}", Kind = UnitKind.District, Level = "district", ParentCode = "40" });
                officials.Save(new Official { Account = $"duyet{d}", FullName = $"Người duyệt {d}", UnitCode = $"D{d:D3}", Roles = OfficialRoles.Approver, AccessCodeHash = "-" });
            }

            for (var c = 0; c < Communes; c++)
            {
                var code = $"C{c:D5}";
                units.Save(new Unit { Code = code, Name = $"Xã Thử {c}", Kind = UnitKind.Commune, Level = "commune", ParentCode = $"D{c % Districts:D3}" });
                officials.Save(new Official { Account = $"xa{c}", FullName = $"Cán bộ {c}", UnitCode = code, Roles = OfficialRoles.Reporter, AccessCodeHash = "-" });
                if (c % 3 == 0)
                {
                    submissions.Save(new Submission { Id = Submission.KeyOf(plan.Id, code), PlanId = plan.Id, UnitCode = code, Status = SubmissionStatus.Approved, Version = 1, UpdatedAt = DateTime.UnixEpoch });
                }
            }
        });
        sweeper = services.GetRequiredService<ReminderSweeper>();
        var calendar = sweeper.Calendar();
        var commune = plan.FindLevel("commune")!;
        at = calendar.DueAt(ReminderPlanner.DueDates(calendar, plan, calendar.LocalDate(commune.Deadline.AddTicks(-1)))[0]);
    }
}
