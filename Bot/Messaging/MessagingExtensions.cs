using SoKetBot.Bot.Authentication;
using SoKetBot.Bot.Connector;

namespace SoKetBot.Bot.Messaging;

/// <summary>Wires the Bot Framework messaging endpoint, <c>POST /api/messages</c>.</summary>
internal static class MessagingExtensions
{
    public static WebApplicationBuilder AddMessaging(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.AddBotAuthentication();
        builder.AddConnector();
        builder.Services.AddSingleton<ConversationGate>();
        builder.Services.AddSingleton<ReplyActivities>();
        builder.Services.AddSingleton<ActivityProcessor>();
        builder.Services.AddSingleton<ConversationReferences>();
        builder.Services.AddSingleton<Maintenance.IRetentionTask, HandledActivityRetention>();
        builder.Services.AddSingleton<MessagesEndpoint>();
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapMessages(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpRequest request, MessagesEndpoint endpoint, CancellationToken cancellationToken) => endpoint.HandleAsync(request, cancellationToken));
        return app;
    }
}
