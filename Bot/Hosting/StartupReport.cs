using System.Globalization;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Bot.Hosting;

// One log entry once everything has started (the demo seeded, the plans kept): what the bot runs with.
internal sealed partial class StartupReport(PlanCatalog plans, IUnitStore units, IOfficialStore officials, SoKetBotDatabase database, ILogger<StartupReport> logger)
    : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return Task.CompletedTask;
        }

        var plan = plans.Active;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(plan.TimeZone);
        var levels = string.Join("; ", plan.Levels.Select(level =>
            $"{level.Name} ({level.Id}) before {TimeZoneInfo.ConvertTimeFromUtc(level.Deadline, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}"));
        var allUnits = units.All();
        var unitsPerLevel = string.Join(", ", allUnits.GroupBy(unit => unit.Level).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => $"{group.Key} {group.Count()}"));
        var allOfficials = officials.All();
        var officialsPerRole = string.Join(", ", new[] { OfficialRoles.Reporter, OfficialRoles.Approver, OfficialRoles.Administrator }
            .Select(role => $"{role.ToString().ToLowerInvariant()} {allOfficials.Count(official => official.Has(role))}"));

        var issued = plan.Issued.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var questions = plan.Sections.Sum(section => section.Questions.Count);
        LogStarted(
            plan.Id,
            plan.Title,
            issued,
            plan.TimeZone,
            levels,
            plan.Sections.Count,
            questions,
            allUnits.Count,
            unitsPerLevel,
            allOfficials.Count,
            officialsPerRole,
            database.DataFile);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "SoKetBot started. Active plan {PlanId} \"{PlanTitle}\", issued {Issued}, deadlines in {TimeZone}: {Levels}; {Sections} sections, {Questions} questions. "
            + "Organisation: {Units} units ({UnitsPerLevel}); {Officials} officials ({OfficialsPerRole}). Data file: {DataFile}.")]
    private partial void LogStarted(string planId, string planTitle, string issued, string timeZone, string levels, int sections, int questions, int units, string unitsPerLevel, int officials, string officialsPerRole, string dataFile);
}
