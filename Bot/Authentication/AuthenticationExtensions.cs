using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SoKetBot.Bot.Authentication;

/// <summary>
/// Wires channel authentication: with an app id, Bot Framework tokens in (JWT) and out (MSAL); without one, the
/// Emulator's mode for loopback callers and <c>Bot:AllowAnonymousFrom</c> only.
/// </summary>
internal static class AuthenticationExtensions
{
    public static WebApplicationBuilder AddBotAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var credentials = BotCredentials.From(builder.Configuration);
        builder.Services.AddOptions<MicrosoftAppOptions>().BindConfiguration("").Validate(_ => credentials.Problem is null, credentials.Problem ?? "").ValidateOnStart();
        builder.Services.TryAddSingleton(credentials);
        builder.Services.TryAddSingleton(services => new AnonymousCallers(services.GetRequiredService<IOptions<BotOptions>>().Value.AllowAnonymousFrom));
        builder.Services.AddHostedService<AuthenticationModeReport>();
        if (credentials.AuthenticationEnabled)
        {
            OpenIdMetadata.UseBlockingRefresh();
            builder.Services.AddHttpClient(JwtIncomingAuthenticator.MetadataClient);
            builder.Services.AddHttpClient(MsalOutgoingTokenProvider.HttpClientName);
            builder.Services.TryAddSingleton<IIncomingAuthenticator, JwtIncomingAuthenticator>();
            builder.Services.TryAddSingleton<IOutgoingTokenProvider, MsalOutgoingTokenProvider>();
        }
        else
        {
            builder.Services.TryAddSingleton<IIncomingAuthenticator, AnonymousIncomingAuthenticator>();
            builder.Services.TryAddSingleton<IOutgoingTokenProvider, NoOutgoingTokenProvider>();
        }

        return builder;
    }
}
