using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SoKetBot.Tests.Bot.Authentication;

/// <summary>
/// A stand-in for Microsoft Entra ID's token endpoint (client credentials, botframework-protocol.md §3.2) on https with a
/// certificate made in the test: counts the token requests and answers each with a new access token.
/// </summary>
internal sealed class LocalTokenEndpoint : IAsyncDisposable
{
    private readonly WebApplication app;
    private int issued;

    private LocalTokenEndpoint(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        Certificate = certificate;
    }

    /// <summary>The server's self-signed certificate; the bot's MSAL client is made to trust exactly this one.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The instance root, for Bot:OAuthAuthority (https://127.0.0.1:port/).</summary>
    public Uri Authority => new(app.Urls.Single().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");

    /// <summary>When set, every token request is refused with HTTP 401 and this OAuth error code.</summary>
    public string? RefuseWith { get; set; }

    public ConcurrentQueue<(string Path, IReadOnlyDictionary<string, string> Form)> TokenRequests { get; } = new();

    public static async Task<LocalTokenEndpoint> StartAsync()
    {
        var certificate = CreateCertificate();
        WebApplication app;
        lock (SoKetBotApplication.HostBuildLock)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
            builder.Logging.ClearProviders();
            app = builder.Build();
        }

        var endpoint = new LocalTokenEndpoint(app, certificate);
        app.MapPost("/{tenant}/oauth2/v2.0/token", (HttpRequest request) => endpoint.IssueAsync(request));
        await app.StartAsync();
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate.Dispose();
    }

    private async Task<IResult> IssueAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        TokenRequests.Enqueue((request.Path.Value!, form.ToDictionary(field => field.Key, field => field.Value.ToString())));
        if (RefuseWith is { } error)
        {
            return Results.Json(new { error, error_description = "refused on purpose" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        return Results.Json(new
        {
            token_type = "Bearer",
            expires_in = 3600,
            ext_expires_in = 3600,
            access_token = $"outgoing-token-{Interlocked.Increment(ref issued)}",
        });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
