using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SoKetBot.Bot.Maintenance;

/// <summary>Wires the data file's upkeep while the bot runs.</summary>
internal static class MaintenanceExtensions
{
    /// <summary>The control socket (backup while running), the checkpoint at quiet moments and the retention job.</summary>
    public static WebApplicationBuilder AddMaintenance(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<ControlSocket>();
        builder.Services.AddSingleton<QuietCheckpoint>();
        builder.Services.AddHostedService(services => services.GetRequiredService<QuietCheckpoint>());
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RetentionJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RetentionJob>());
        return builder;
    }
}
