using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SoKetBot.Storage.Conversations;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Authentication;

/// <summary>The bot with an app id, its OpenID metadata pointed at a <see cref="LocalOpenIdServer"/>, the real turn engine.</summary>
internal static class ChannelBot
{
    public const string AppId = "8a1c2f9e-5b7d-4e61-9c3a-2d4f6b8e0a17";

    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/apac/";

    public static SoKetBotApplication Create(LocalOpenIdServer openId, ListLoggerProvider? logs = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-client-secret",
            ["Bot:OpenIdMetadata"] = openId.ChannelMetadata.AbsoluteUri,
            ["Bot:EmulatorOpenIdMetadata"] = openId.EmulatorMetadata.AbsoluteUri,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new SoKetBotApplication(settings: all, services: collection =>
        {
            if (logs is not null)
            {
                collection.AddSingleton<ILoggerProvider>(logs);
            }

            services?.Invoke(collection);
        });
    }

    /// <summary>Whether anything of the conversation was kept: its reference or its state.</summary>
    public static bool StoredAnything(this SoKetBotApplication app, string channelId, string conversationId = "conv-1")
    {
        var key = ConversationState.KeyOf(channelId, conversationId);
        return app.Services.GetRequiredService<IConversationReferenceStore>().Find(key) is not null
            || app.Services.GetRequiredService<IConversationStateStore>().Find(key) is not null;
    }
}
