using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SoKetBot.Bot.Authentication;

/// <summary>Wires the authentication seam: off without an app id, refusing with one until the JWT implementations land.</summary>
internal static class AuthenticationExtensions
{
    public static WebApplicationBuilder AddBotAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        var options = builder.Configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
        if (options.AuthenticationEnabled)
        {
            builder.Services.TryAddSingleton<IIncomingAuthenticator, RefusingIncomingAuthenticator>();
            builder.Services.TryAddSingleton<IOutgoingTokenProvider, UnavailableOutgoingTokenProvider>();
        }
        else
        {
            builder.Services.TryAddSingleton<IIncomingAuthenticator, AnonymousIncomingAuthenticator>();
            builder.Services.TryAddSingleton<IOutgoingTokenProvider, NoOutgoingTokenProvider>();
        }

        return builder;
    }
}
