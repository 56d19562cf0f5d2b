using Microsoft.Extensions.Options;

namespace SoKetBot.Bot.Connector;

/// <summary>Wires the Connector REST client and the outbox that delivers through it.</summary>
internal static class ConnectorExtensions
{
    public static WebApplicationBuilder AddConnector(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ServiceUrlPolicy>();
        builder.Services.AddHttpClient<IConnectorClient, ConnectorClient>((services, http) =>
                http.Timeout = services.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectCallback = BlockedAddresses.ConnectAsync, AllowAutoRedirect = false });
        builder.Services.AddSingleton<ConnectorOutbox>();
        builder.Services.AddSingleton<IConnectorOutbox>(services => services.GetRequiredService<ConnectorOutbox>());
        builder.Services.AddSingleton<Outbox.IOutbox, Outbox.MemoryOutbox>();
        builder.Services.AddHostedService<ConnectorDeliveryService>();
        return builder;
    }
}
