using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace SoKetBot.Storage.Organisation.Import;

/// <summary>Wires the demo province.</summary>
public static class DemoProvinceExtensions
{
    /// <summary>
    /// Imports <c>Demo:Units</c> then <c>Demo:Officials</c> (relative to the content root) when the host starts, if
    /// <c>Demo:Seed</c> is true; a bad demo file stops the start.
    /// </summary>
    public static IHostApplicationBuilder AddDemoProvince(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.TryAddSingleton<AccessCodeHashing>();
        builder.Services.TryAddSingleton<OrganisationImporter>();
        builder.Services.AddHostedService<DemoSeeder>();
        return builder;
    }
}
