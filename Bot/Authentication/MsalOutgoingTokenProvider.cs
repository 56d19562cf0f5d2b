using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace SoKetBot.Bot.Authentication;

/// <summary>
/// The bot's Connector token from Microsoft Entra ID (botframework-protocol.md §3.2), through MSAL: client credentials with
/// the secret (MultiTenant, SingleTenant) or the user-assigned managed identity. MSAL's in-memory cache keeps the token
/// and asks for a new one shortly before it expires.
/// </summary>
internal sealed class MsalOutgoingTokenProvider : IOutgoingTokenProvider
{
    public const string HttpClientName = "SoKetBot.Msal";

    private readonly IConfidentialClientApplication? confidential;
    private readonly IManagedIdentityApplication? managedIdentity;

    public MsalOutgoingTokenProvider(BotCredentials credentials, IOptions<BotOptions> options, IHttpClientFactory httpClients)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(credentials.AppId);
        var http = new MsalHttpClients(httpClients);
        if (credentials.AppType == MicrosoftAppType.UserAssignedMSI)
        {
            // MSAL finds the endpoint from the platform: IDENTITY_ENDPOINT and IDENTITY_HEADER on App Service and Functions,
            // the instance metadata service (IMDS) on VMs; it asks for resource https://api.botframework.com with client_id.
            managedIdentity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(credentials.AppId))
                .WithHttpClientFactory(http)
                .Build();
            return;
        }

        var authority = new Uri(options.Value.OAuthAuthority, credentials.TokenTenant);
        var builder = ConfidentialClientApplicationBuilder.Create(credentials.AppId)
            .WithClientSecret(credentials.Password)
            .WithAuthority(authority.AbsoluteUri)
            .WithHttpClientFactory(http);
        if (!string.Equals(options.Value.OAuthAuthority.Host, "login.microsoftonline.com", StringComparison.OrdinalIgnoreCase))
        {
            // Another instance (a national cloud or a local stand-in): MSAL knows nothing about it to validate against.
            builder = builder.WithInstanceDiscovery(false);
        }

        confidential = builder.Build();
    }

    public async ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        try
        {
            var result = confidential is not null
                ? await confidential.AcquireTokenForClient([BotFrameworkConstants.ConnectorScope]).ExecuteAsync(cancellationToken)
                : await managedIdentity!.AcquireTokenForManagedIdentity(BotFrameworkConstants.ConnectorResource).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalServiceException exception)
        {
            // The issuer answered: a wrong secret, app id or identity (4xx) stays wrong; throttling and 5xx may pass. It is
            // named so that the operator checks the right thing: the secret, or the identity assigned to the app.
            var transient = exception.StatusCode is 0 or 408 or 429 or >= 500;
            var issuer = managedIdentity is null ? "Microsoft Entra ID" : "The managed identity endpoint";
            throw new OutgoingTokenException($"{issuer} refused the bot's token request: {exception.ErrorCode} (HTTP {exception.StatusCode}).", transient, exception);
        }
        catch (Exception exception) when (exception is MsalClientException or HttpRequestException)
        {
            throw new OutgoingTokenException($"The bot could not get its token from {(managedIdentity is null ? "Microsoft Entra ID" : "the managed identity endpoint")}: {exception.Message}", transient: true, exception);
        }
    }

    // MSAL's HTTP through IHttpClientFactory, so that its handlers are pooled (and a test can trust its local authority).
    private sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
