namespace SoKetBot.Bot.Authentication;

/// <summary>The Bot Framework's fixed names (the SDK's <c>AuthenticationConstants</c>; botframework-protocol.md §3).</summary>
internal static class BotFrameworkConstants
{
    /// <summary>The issuer of the tokens the channels send.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>The scope of the bot's Connector tokens.</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>The resource a managed identity asks a token for.</summary>
    public const string ConnectorResource = "https://api.botframework.com";

    /// <summary>The tenant of multi-tenant bots' tokens.</summary>
    public const string DefaultTenant = "botframework.com";

    /// <summary>The two Bot Framework tenants whose Entra ID tokens the Emulator sends.</summary>
    public static readonly string[] EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    /// <summary>RS256, RS384 and RS512 only.</summary>
    public static readonly string[] SigningAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>The issuers of Emulator tokens: v1 and v2 for the Bot Framework tenants and, if any, the bot's own tenant.</summary>
    public static IReadOnlyList<string> EmulatorIssuers(string? ownTenant) =>
        EmulatorTenants.Concat(string.IsNullOrWhiteSpace(ownTenant) ? [] : [ownTenant])
            .SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })
            .ToList();
}
