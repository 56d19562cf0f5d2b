namespace SoKetBot.Bot.Authentication;

/// <summary>The bot's identity as configured: the root SDK keys, with <c>Bot:MicrosoftAppId</c> as the older fallback for the id.</summary>
internal sealed record BotCredentials(MicrosoftAppType AppType, string? AppId, string? Password, string? TenantId)
{
    /// <summary>With an app id every request to /api/messages needs a Bot Framework token, and Connector calls carry one.</summary>
    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>The Entra ID tenant the bot gets its tokens from: botframework.com for multi-tenant bots, otherwise its own.</summary>
    public string TokenTenant => AppType == MicrosoftAppType.MultiTenant || string.IsNullOrWhiteSpace(TenantId) ? BotFrameworkConstants.DefaultTenant : TenantId;

    /// <summary>What is missing for the configured app type, or null when nothing is.</summary>
    public string? Problem => !AuthenticationEnabled ? null
        : AppType != MicrosoftAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(Password) ? $"MicrosoftAppPassword is required with MicrosoftAppId when MicrosoftAppType is {AppType}."
        : AppType == MicrosoftAppType.SingleTenant && string.IsNullOrWhiteSpace(TenantId) ? "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant."
        : null;

    public static BotCredentials From(IConfiguration configuration)
    {
        var app = configuration.Get<MicrosoftAppOptions>() ?? new MicrosoftAppOptions();
        var legacyId = configuration.GetSection(BotOptions.Section).Get<BotOptions>()?.MicrosoftAppId;
        var appId = string.IsNullOrWhiteSpace(app.MicrosoftAppId) ? legacyId : app.MicrosoftAppId;
        return new BotCredentials(app.MicrosoftAppType, string.IsNullOrWhiteSpace(appId) ? null : appId.Trim(), app.MicrosoftAppPassword, app.MicrosoftAppTenantId);
    }
}
