namespace SoKetBot.Bot.Reminders;

/// <summary>Wires the reminder scheduler (options "Reminders" are bound by AddDialogs).</summary>
internal static class ReminderExtensions
{
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue("Reminders:Enabled", true))
        {
            builder.Services.AddSingleton<ReminderScheduler>();
            builder.Services.AddHostedService(services => services.GetRequiredService<ReminderScheduler>());
        }

        return builder;
    }
}
