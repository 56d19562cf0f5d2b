using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SoKetBot.Tests.Bot.Authentication;

/// <summary>
/// A stand-in for login.botframework.com and the Emulator's Entra ID metadata on its own Kestrel port: OpenID metadata
/// and a JWKS of RSA keys made in the test (with Bot Framework "endorsements"), counting every JWKS fetch.
/// </summary>
internal sealed class LocalOpenIdServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, List<TestKey>> keySets = new();
    private readonly ConcurrentDictionary<string, int> keyFetches = new();

    private LocalOpenIdServer(WebApplication app) => this.app = app;

    public Uri BaseAddress => new(app.Urls.Single());

    /// <summary>The channels' metadata address, for Bot:OpenIdMetadata.</summary>
    public Uri ChannelMetadata => new(BaseAddress, "/v1/.well-known/openidconfiguration");

    /// <summary>The Emulator's metadata address, for Bot:EmulatorOpenIdMetadata.</summary>
    public Uri EmulatorMetadata => new(BaseAddress, "/emulator/v2.0/.well-known/openid-configuration");

    public static async Task<LocalOpenIdServer> StartAsync()
    {
        WebApplication app;
        lock (SoKetBotApplication.HostBuildLock)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            app = builder.Build();
        }

        var server = new LocalOpenIdServer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) => server.Metadata(context, "https://api.botframework.com", "/v1/.well-known/keys"));
        app.MapGet("/v1/.well-known/keys", () => server.Keys("channel"));
        app.MapGet("/emulator/v2.0/.well-known/openid-configuration", (HttpContext context) => server.Metadata(context, "https://login.microsoftonline.com/botframework.com/v2.0", "/emulator/keys"));
        app.MapGet("/emulator/keys", () => server.Keys("emulator"));
        await app.StartAsync();
        return server;
    }

    /// <summary>Adds a key to the channels' JWKS (endorsed for <paramref name="endorsements"/>) or, with none, to the Emulator's.</summary>
    public TestKey AddChannelKey(params string[] endorsements) => Add("channel", new TestKey($"channel-{Guid.NewGuid():N}", endorsements));

    public TestKey AddEmulatorKey() => Add("emulator", new TestKey($"emulator-{Guid.NewGuid():N}", null));

    /// <summary>How often the channels' JWKS was fetched.</summary>
    public int ChannelKeyFetches => keyFetches.GetValueOrDefault("channel");

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private TestKey Add(string set, TestKey key)
    {
        var keys = keySets.GetOrAdd(set, _ => []);
        lock (keys)
        {
            keys.Add(key);
        }

        return key;
    }

    private IResult Metadata(HttpContext context, string issuer, string keysPath) => Results.Json(new JsonObject
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = new Uri(BaseAddress, "/authorize").AbsoluteUri,
        ["jwks_uri"] = new Uri(BaseAddress, keysPath).AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    });

    private IResult Keys(string set)
    {
        keyFetches.AddOrUpdate(set, 1, (_, count) => count + 1);
        var keys = keySets.GetOrAdd(set, _ => []);
        lock (keys)
        {
            return Results.Json(new JsonObject { ["keys"] = new JsonArray([.. keys.Select(key => (JsonNode)key.ToJwk())]) });
        }
    }
}
