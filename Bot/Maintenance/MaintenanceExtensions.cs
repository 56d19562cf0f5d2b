namespace SoKetBot.Bot.Maintenance;

/// <summary>Wires the background upkeep of the data file: the retention job over what each feature registered.</summary>
internal static class MaintenanceExtensions
{
    public static WebApplicationBuilder AddMaintenance(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RetentionJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RetentionJob>());
        return builder;
    }
}
