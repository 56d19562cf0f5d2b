namespace SoKetBot.Bot.Maintenance;

/// <summary>Wires the data file's upkeep while the bot runs.</summary>
internal static class MaintenanceExtensions
{
    /// <summary>The control socket (backup while running).</summary>
    public static WebApplicationBuilder AddMaintenance(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ControlSocket>();
        return builder;
    }
}
