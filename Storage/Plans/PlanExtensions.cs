using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace SoKetBot.Storage.Plans;

/// <summary>Loads the plan files at start-up.</summary>
public static class PlanExtensions
{
    /// <summary>
    /// Loads and validates every plan file of <c>Plans:Directory</c> now, so that a broken plan stops the bot before it
    /// listens; registers <see cref="PlanCatalog"/> (with the active plan shifted to today when <c>Plans:ShiftToToday</c>)
    /// and keeps the plans in the <see cref="IPlanStore"/> when the host starts.
    /// </summary>
    /// <exception cref="PlanValidationException">A plan file is broken, or the active plan is unknown or ambiguous.</exception>
    public static IHostApplicationBuilder AddPlans(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlanOptions>().BindConfiguration(PlanOptions.Section);
        var options = builder.Configuration.GetSection(PlanOptions.Section).Get<PlanOptions>() ?? new PlanOptions();
        var directory = Path.Combine(builder.Environment.ContentRootPath, options.Directory);
        var plans = PlanLoader.LoadDirectory(directory);
        var activeId = ActivePlanId(plans, options, directory);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services =>
        {
            if (!options.ShiftToToday)
            {
                return new PlanCatalog(plans, activeId);
            }

            // The real plan keeps its dates; a copy under its own id, issued today, is the one officials answer.
            var real = plans.Single(plan => plan.Id == activeId);
            var demo = PlanShift.ShiftToToday(real, PlanShift.TodayIn(real, services.GetRequiredService<TimeProvider>())) with { Id = real.Id + PlanShift.DemoSuffix };
            return new PlanCatalog([.. plans, demo], demo.Id);
        });
        builder.Services.AddHostedService<PlanKeeper>();
        return builder;
    }

    private static string ActivePlanId(IReadOnlyList<Plan> plans, PlanOptions options, string directory)
    {
        if (!string.IsNullOrWhiteSpace(options.Active))
        {
            return plans.Any(plan => plan.Id == options.Active)
                ? options.Active
                : throw new PlanValidationException([new PlanProblem(directory, "Plans:Active", $"The active plan '{options.Active}' is not among the loaded plans ({string.Join(", ", plans.Select(plan => plan.Id))}).", "Set Plans:Active to one of the loaded plan ids, or add the plan file.")]);
        }

        return plans.Count == 1
            ? plans[0].Id
            : throw new PlanValidationException([new PlanProblem(directory, "Plans:Active", $"{plans.Count} plans are loaded ({string.Join(", ", plans.Select(plan => plan.Id))}) and none is named active.", "Set Plans:Active to the id of the plan officials answer now.")]);
    }
}
