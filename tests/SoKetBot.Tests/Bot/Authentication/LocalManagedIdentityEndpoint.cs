using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SoKetBot.Tests.Bot.Authentication;

/// <summary>
/// A stand-in for the App Service / Functions managed identity endpoint (what <c>IDENTITY_ENDPOINT</c> points at):
/// GET with api-version 2019-08-01, resource and client_id, the secret of <c>IDENTITY_HEADER</c> in X-IDENTITY-HEADER;
/// answers each request with a new access token valid for an hour, and records what it was asked.
/// </summary>
internal sealed class LocalManagedIdentityEndpoint : IAsyncDisposable
{
    private readonly WebApplication app;
    private int issued;

    private LocalManagedIdentityEndpoint(WebApplication app) => this.app = app;

    /// <summary>The value of IDENTITY_HEADER: the platform's per-process secret, required on every request.</summary>
    public string Secret { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The value of IDENTITY_ENDPOINT (http on loopback, as App Service's local endpoint is).</summary>
    public Uri Endpoint => new(new Uri(app.Urls.Single()), "/msi/token");

    /// <summary>Every request: its query string and its X-IDENTITY-HEADER (empty when missing).</summary>
    public ConcurrentQueue<(IReadOnlyDictionary<string, string> Query, string IdentityHeader)> Requests { get; } = new();

    public static async Task<LocalManagedIdentityEndpoint> StartAsync()
    {
        WebApplication app;
        lock (SoKetBotApplication.HostBuildLock)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            app = builder.Build();
        }

        var endpoint = new LocalManagedIdentityEndpoint(app);
        app.MapGet("/msi/token", endpoint.Issue);
        await app.StartAsync();
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private IResult Issue(HttpRequest request)
    {
        var query = request.Query.ToDictionary(field => field.Key, field => field.Value.ToString());
        var secret = request.Headers["X-IDENTITY-HEADER"].ToString();
        Requests.Enqueue((query, secret));
        if (secret != Secret)
        {
            return Results.Json(new { statusCode = 401, message = "Unauthorized request: the X-IDENTITY-HEADER is missing or wrong." }, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (query.GetValueOrDefault("api-version") != "2019-08-01" || !query.TryGetValue("resource", out var resource))
        {
            return Results.Json(new { statusCode = 400, message = "api-version 2019-08-01 and resource are required." }, statusCode: StatusCodes.Status400BadRequest);
        }

        // As App Service answers: expires_on in Unix seconds, as a string.
        var now = TimeProvider.System.GetUtcNow();
        return Results.Json(new
        {
            access_token = $"msi-token-{Interlocked.Increment(ref issued)}",
            expires_on = now.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            resource,
            token_type = "Bearer",
            client_id = query.GetValueOrDefault("client_id", ""),
        });
    }
}
