using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SoKetBot.Bot.Outbox;

namespace SoKetBot.Bot.Connector;

/// <summary>Wires the Connector REST client: blocked addresses at connect time, quick retries and a circuit per host (Polly).</summary>
internal static class ConnectorExtensions
{
    // A Retry-After longer than this is not waited for within the attempt: the outbox schedules the next attempt instead.
    private static readonly TimeSpan LongestQuickWait = TimeSpan.FromSeconds(10);

    public static WebApplicationBuilder AddConnector(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ServiceUrlPolicy>();
        builder.Services.AddHttpClient<IConnectorClient, ConnectorClient>((services, http) =>
                http.Timeout = services.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectCallback = BlockedAddresses.ConnectAsync, AllowAutoRedirect = false })
            .AddResilienceHandler("connector", ConfigureResilience)
            .SelectPipelineByAuthority();
        return builder;
    }

    // Per host (SelectPipelineByAuthority): a host that keeps failing opens its own circuit, and its calls then fail at once
    // (the outbox tries them later) instead of holding delivery slots that other hosts' conversations need.
    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var settings = context.ServiceProvider.GetRequiredService<IOptions<OutboxOptions>>().Value;
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        pipeline.TimeProvider = time;
        if (settings.QuickRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.QuickRetries,
                Delay = settings.QuickRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                MaxDelay = LongestQuickWait,
                ShouldRetryAfterHeader = true,
                ShouldHandle = arguments => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(arguments.Outcome) && !AsksToWaitLong(arguments.Outcome.Result, time)),
            });
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.9,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromMinutes(1),
            BreakDuration = TimeSpan.FromSeconds(30),
        });
    }

    private static bool AsksToWaitLong(HttpResponseMessage? response, TimeProvider time) =>
        response?.Headers.RetryAfter is { } retryAfter
        && (retryAfter.Delta > LongestQuickWait || retryAfter.Date - time.GetUtcNow() > LongestQuickWait);
}
