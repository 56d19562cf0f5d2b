using Microsoft.Extensions.Options;

namespace SoKetBot.Bot.Authentication;

/// <summary>One log entry at start-up: which authentication mode /api/messages is in, so that an open bot is never a surprise.</summary>
internal sealed partial class AuthenticationModeReport(BotCredentials credentials, AnonymousCallers callers, IOptions<BotOptions> options, ILogger<AuthenticationModeReport> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (credentials.AuthenticationEnabled)
        {
            LogAuthenticated(credentials.AppId!, credentials.AppType, options.Value.OpenIdMetadata);
        }
        else if (callers.Allowed.Count == 0)
        {
            LogLoopbackOnly();
        }
        else
        {
            LogAnonymousFrom(string.Join(", ", callers.Allowed));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel authentication is on: /api/messages needs a Bot Framework token for app id {AppId} ({AppType}; keys from {OpenIdMetadata}).")]
    private partial void LogAuthenticated(string appId, MicrosoftAppType appType, Uri openIdMetadata);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel authentication is OFF (no MicrosoftAppId): /api/messages answers loopback callers only, without a token (the Emulator's mode). Everyone else gets 401.")]
    private partial void LogLoopbackOnly();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel authentication is OFF (no MicrosoftAppId): /api/messages answers loopback and {AllowAnonymousFrom} without a token; anyone there can act as any official.")]
    private partial void LogAnonymousFrom(string allowAnonymousFrom);
}
