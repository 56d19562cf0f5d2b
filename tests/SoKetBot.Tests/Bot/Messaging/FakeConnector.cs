using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace SoKetBot.Tests.Bot.Messaging;

/// <summary>
/// A stand-in for a channel's Connector API on its own Kestrel port: records every request, fails the first
/// <see cref="FailFirst"/> with <see cref="FailStatus"/> (and <see cref="RetryAfter"/>), then answers 200 ResourceResponse.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private int failuresSent;
    private int delivered;

    private FakeConnector(WebApplication app) => this.app = app;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public int FailFirst { get; set; }

    public HttpStatusCode FailStatus { get; set; } = HttpStatusCode.ServiceUnavailable;

    public string? RetryAfter { get; set; }

    /// <summary>The root, for example http://127.0.0.1:40123 (no trailing slash).</summary>
    public Uri BaseAddress => new(app.Urls.Single());

    public IReadOnlyList<ReceivedRequest> Delivered => Requests.Where(request => request.Status == HttpStatusCode.OK).ToList();

    public static async Task<FakeConnector> StartAsync()
    {
        WebApplication app;
        lock (SoKetBotApplication.HostBuildLock)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            app = builder.Build();
        }

        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var status = Interlocked.Increment(ref failuresSent) <= FailFirst ? FailStatus : HttpStatusCode.OK;
        var id = status == HttpStatusCode.OK ? $"delivered-{Interlocked.Increment(ref delivered)}" : null;
        Requests.Enqueue(new ReceivedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            body,
            status,
            id));
        context.Response.StatusCode = (int)status;
        if (status != HttpStatusCode.OK)
        {
            if (RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = RetryAfter;
            }

            await context.Response.WriteAsJsonAsync(new { error = new { code = "ServiceError", message = "failing on purpose" } });
            return;
        }

        await context.Response.WriteAsJsonAsync(new { id });
    }
}

/// <summary>One request the stand-in Connector received.</summary>
/// <param name="ResponseId">The activity id the stand-in answered with, when it accepted the request.</param>
internal sealed record ReceivedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string Body, HttpStatusCode Status, string? ResponseId);
