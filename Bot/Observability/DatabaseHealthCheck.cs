using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SoKetBot.Storage.Settings;

namespace SoKetBot.Bot.Observability;

/// <summary>
/// The database answers: one read by id in the settings (an index lookup, no write), within
/// <see cref="ObservabilityOptions.DatabaseTimeout"/>. LiteDB is synchronous, so the read runs on the thread pool and a
/// stuck file makes the check unhealthy instead of holding the request.
/// </summary>
internal sealed class DatabaseHealthCheck(ISettingStore settings, IOptions<ObservabilityOptions> options, TimeProvider time) : IHealthCheck
{
    private const string ProbeId = "health-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.DatabaseTimeout;
        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await Task.Run(() => settings.Find(ProbeId), CancellationToken.None).WaitAsync(linked.Token);
            return HealthCheckResult.Healthy("database: answered a read");
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"database: no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The type only: a message could name the file's path.
            return HealthCheckResult.Unhealthy($"database: the read failed ({exception.GetType().Name})");
        }
    }
}
