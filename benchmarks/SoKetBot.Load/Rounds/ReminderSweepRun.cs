using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoKetBot.Dialogs;
using SoKetBot.Dialogs.Reminders;
using SoKetBot.Storage;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Load.Rounds;

/// <summary>One reminder sweep: its time, what it allocated, and what it decided.</summary>
internal sealed record SweepResult(TimeSpan Elapsed, long AllocatedBytes, int Reminders, int ToSend)
{
    public override string ToString() =>
        $"first reminder sweep: {Reminders} reminders decided ({ToSend} to send) in {Elapsed.TotalMilliseconds:F0} ms, {AllocatedBytes / 1048576.0:F0} MB allocated";
}

/// <summary>
/// The scheduler's sweep (ReminderSweeper, as ReminderScheduler runs it) over the imported nation, at 08:00 on the
/// communes' first reminder day (7 days before their deadline), when no commune has submitted yet: every commune is
/// reminded and every district and province gets its digest, each written to the reminder log with its notice. It runs
/// in this process on a copy of the data file, with the bot's own services, so that the measured reviews afterwards do
/// not carry the reminders.
/// </summary>
internal static class ReminderSweepRun
{
    public static SweepResult OnCopy(Servers servers, string dataFile)
    {
        var copy = dataFile + ".sweep.db";
        File.Copy(dataFile, copy);
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production, ContentRootPath = servers.BotFolder });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DataFile"] = copy,
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.AddStorage();
            builder.AddPlans();
            builder.AddDialogs();
            using var host = builder.Build();
            var sweeper = host.Services.GetRequiredService<ReminderSweeper>();
            var plan = sweeper.Plan;
            var calendar = sweeper.Calendar();
            var commune = plan.FindLevel("commune")!;
            var at = calendar.DueAt(ReminderPlanner.DueDates(calendar, plan, calendar.LocalDate(commune.Deadline.AddTicks(-1)))[0]);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var sweep = sweeper.Sweep(at);
            clock.Stop();
            return new SweepResult(clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated, sweep.Reminders.Count, sweep.ToSend);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(copy)!, Path.GetFileNameWithoutExtension(copy) + "*"))
            {
                File.Delete(file);
            }
        }
    }
}
