using Microsoft.Extensions.Hosting;

namespace SoKetBot.Storage.Plans;

/// <summary>Loads the plan files at start-up. (Stub: the plan loader is being written.)</summary>
public static class PlanExtensions
{
    public static IHostApplicationBuilder AddPlans(this IHostApplicationBuilder builder) => builder;
}
