namespace SoKetBot.Bot.Messaging;

/// <summary>Wires the Bot Framework messaging endpoint. (Stub: being written.)</summary>
internal static class MessagingExtensions
{
    public static WebApplicationBuilder AddMessaging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConversationGate>();
        builder.Services.AddSingleton<ActivityProcessor>();
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapMessages(this WebApplication app) => app;
}
