using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using System.Text.Json;

namespace SoKetBot.Bot.Authentication;

/// <summary>
/// One OpenID metadata document and its JWKS, cached by Microsoft.IdentityModel's ConfigurationManager: fetched again
/// every 12 hours, and at once (at most every 5 minutes) when a token names a key it does not know.
/// </summary>
internal sealed class OpenIdMetadata
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;

    public OpenIdMetadata(Uri address, HttpClient http)
    {
        // Plain http only for a local stand-in (tests, a user's own checks); the Bot Framework's addresses are https.
        var documents = new HttpDocumentRetriever(http) { RequireHttps = !address.IsLoopback };
        manager = new ConfigurationManager<OpenIdConnectConfiguration>(address.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

    /// <summary>
    /// Makes RequestRefresh mark the cache stale so that the next GetConfigurationAsync fetches before it answers, instead
    /// of refreshing in the background: the request that met a new key is checked against the new keys. IdentityModel
    /// reads the switch once, so it is also set in the runtimeconfig (SoKetBot.Bot.csproj); this covers hosts without it.
    /// </summary>
    public static void UseBlockingRefresh() => AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", true);

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => manager.GetConfigurationAsync(cancellationToken);

    /// <summary>Asks for a fresh copy (a token named an unknown key); rate-limited by the manager's RefreshInterval.</summary>
    public void RequestRefresh() => manager.RequestRefresh();

    /// <summary>The channel ids the key <paramref name="keyId"/> is endorsed for (the JWKS's extra "endorsements" array), empty when none.</summary>
    public static IReadOnlyList<string> EndorsementsOf(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(key => key.KeyId == keyId && keyId is not null);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }

        return value switch
        {
            string single => [single],
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                array.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToList(),
            IEnumerable<object> items => items.OfType<string>().ToList(),
            _ => [],
        };
    }
}
