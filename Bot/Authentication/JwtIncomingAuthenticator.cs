using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Authentication;

/// <summary>
/// Checks the Bot Framework token of an incoming activity as the SDK's JwtTokenValidation does (botframework-protocol.md §3.1):
/// a channel token (issuer https://api.botframework.com, audience the app id, a key endorsed for the activity's channel,
/// the serviceurl claim) or an Emulator token (the Bot Framework tenants' Entra ID issuers, the app id in appid/azp).
/// </summary>
internal sealed class JwtIncomingAuthenticator : IIncomingAuthenticator
{
    public const string MetadataClient = "SoKetBot.OpenIdMetadata";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler handler = new();
    private readonly BotCredentials credentials;
    private readonly TimeProvider time;
    private readonly OpenIdMetadata channelMetadata;
    private readonly OpenIdMetadata emulatorMetadata;
    private readonly HashSet<string> emulatorIssuers;

    public JwtIncomingAuthenticator(BotCredentials credentials, IOptions<BotOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        this.credentials = credentials;
        this.time = time;
        channelMetadata = new OpenIdMetadata(options.Value.OpenIdMetadata, httpClients.CreateClient(MetadataClient));
        emulatorMetadata = new OpenIdMetadata(options.Value.EmulatorOpenIdMetadata, httpClients.CreateClient(MetadataClient));
        emulatorIssuers = new HashSet<string>(BotFrameworkConstants.EmulatorIssuers(credentials.TenantId), StringComparer.Ordinal);
    }

    public async Task<IncomingAuthentication> AuthenticateAsync(string? authorization, IPAddress? remoteAddress, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return IncomingAuthentication.Refused("The request has no Authorization header.");
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization[7..].Trim() is not { Length: > 0 } token)
        {
            return IncomingAuthentication.Refused("The Authorization header is not a Bearer token.");
        }

        if (!handler.CanReadToken(token))
        {
            return IncomingAuthentication.Refused("The bearer token is not a JWT.");
        }

        string issuer;
        try
        {
            issuer = handler.ReadJsonWebToken(token).Issuer;
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return IncomingAuthentication.Refused($"The bearer token cannot be read ({exception.GetType().Name}).");
        }

        // As the SDK: a token whose issuer is one of the Emulator's is checked as an Emulator token, any other as a channel's.
        var fromEmulator = emulatorIssuers.Contains(issuer);
        var metadata = fromEmulator ? emulatorMetadata : channelMetadata;
        var (result, configuration) = await ValidateAsync(metadata, token, fromEmulator, cancellationToken);
        if (!result.IsValid)
        {
            return IncomingAuthentication.Refused($"The token is not valid: {result.Exception?.GetType().Name}: {result.Exception?.Message}");
        }

        var validated = (JsonWebToken)result.SecurityToken;
        return fromEmulator ? CheckEmulatorToken(validated) : CheckChannelToken(validated, configuration, activity);
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Configuration)> ValidateAsync(
        OpenIdMetadata metadata, string token, bool fromEmulator, CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(cancellationToken);
        var result = await handler.ValidateTokenAsync(token, Parameters(configuration, fromEmulator));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // New keys can appear at any time: fetch the metadata again (rate-limited) and check once more.
            metadata.RequestRefresh();
            configuration = await metadata.GetAsync(cancellationToken);
            result = await handler.ValidateTokenAsync(token, Parameters(configuration, fromEmulator));
        }

        return (result, configuration);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, bool fromEmulator) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = fromEmulator ? emulatorIssuers : [BotFrameworkConstants.ChannelIssuer],

        // Emulator tokens: the SDK checks the app id in appid/azp instead (CheckEmulatorToken).
        ValidateAudience = !fromEmulator,
        ValidAudience = credentials.AppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = IsWithinLifetime,
        RequireSignedTokens = true,
        ValidAlgorithms = BotFrameworkConstants.SigningAlgorithms,
        IssuerSigningKeys = configuration.SigningKeys,
        TryAllIssuerSigningKeys = false,
    };

    // On the injected clock (the library's own check reads the system clock): exp required, nbf/exp with 5 minutes of skew.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } end && now <= end.ToUniversalTime() + ClockSkew && (notBefore is not { } start || start.ToUniversalTime() - ClockSkew <= now);
    }

    private static IncomingAuthentication CheckChannelToken(JsonWebToken token, OpenIdConnectConfiguration configuration, Activity activity)
    {
        var keyId = token.SigningKey?.KeyId ?? token.Kid;
        var endorsements = OpenIdMetadata.EndorsementsOf(configuration, keyId);
        if (string.IsNullOrEmpty(activity.ChannelId) || !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return IncomingAuthentication.Forbidden($"The signing key {keyId} is not endorsed for channel '{activity.ChannelId}'.");
        }

        if (activity.ServiceUrl is { Length: > 0 } serviceUrl)
        {
            if (!token.TryGetPayloadValue<string>("serviceurl", out var claimed) || string.IsNullOrWhiteSpace(claimed))
            {
                return IncomingAuthentication.Refused("The token has no serviceurl claim.");
            }

            if (!string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return IncomingAuthentication.Refused($"The token's serviceurl claim ({claimed}) is not the activity's serviceUrl.");
            }
        }

        return IncomingAuthentication.Authenticated;
    }

    private IncomingAuthentication CheckEmulatorToken(JsonWebToken token)
    {
        if (!token.TryGetPayloadValue<string>("ver", out var version))
        {
            return IncomingAuthentication.Refused("The Emulator token has no 'ver' claim.");
        }

        var claim = version switch
        {
            "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (claim is null)
        {
            return IncomingAuthentication.Refused($"Unknown Emulator token version '{version}'.");
        }

        if (!token.TryGetPayloadValue<string>(claim, out var appId) || !string.Equals(appId, credentials.AppId, StringComparison.OrdinalIgnoreCase))
        {
            return IncomingAuthentication.Refused($"The Emulator token's '{claim}' claim is not this bot's app id.");
        }

        return IncomingAuthentication.Authenticated;
    }
}
