namespace SoKetBot.Bot.Outbox;

/// <summary>Wires the durable outbox and its delivery over the Connector API.</summary>
internal static class OutboxExtensions
{
    public static WebApplicationBuilder AddOutbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IOutbox, DurableOutbox>();
        builder.Services.AddSingleton<OutboxLedger>();
        builder.Services.AddSingleton<OutboxDelivery>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxDelivery>());
        builder.Services.AddSingleton<Maintenance.IRetentionTask, OutboxRetention>();
        builder.Services.AddSingleton<Observability.IOutboxStatus, OutboxStatus>();
        return builder;
    }
}
