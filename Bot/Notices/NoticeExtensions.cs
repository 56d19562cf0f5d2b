namespace SoKetBot.Bot.Notices;

/// <summary>Wires the delivery of notices (cards to superiors, outcomes to reporters) to every channel.</summary>
internal static class NoticeExtensions
{
    public static WebApplicationBuilder AddNotices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section);
        builder.Services.AddSingleton<INoticeSink, ConnectorNoticeSink>();
        builder.Services.AddSingleton<INoticeSink, DirectLineNoticeSink>();
        builder.Services.AddSingleton<NoticeDelivery>();
        builder.Services.AddHostedService(services => services.GetRequiredService<NoticeDelivery>());
        return builder;
    }
}
