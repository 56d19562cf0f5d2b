namespace SoKetBot.Bot.Hosting;

/// <summary>Wires the start-up checks and report.</summary>
internal static class HostingExtensions
{
    /// <summary>Logs once, after start, the active plan, the organisation and the data file.</summary>
    public static WebApplicationBuilder AddStartupReport(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StartupReport>();
        return builder;
    }
}
