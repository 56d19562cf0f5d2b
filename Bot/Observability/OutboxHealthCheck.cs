using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace SoKetBot.Bot.Observability;

/// <summary>
/// The outbox keeps up: degraded when its oldest waiting item is older than
/// <see cref="ObservabilityOptions.OutboxDegradedAfter"/> or when items were given up on in the last hour.
/// </summary>
internal sealed class OutboxHealthCheck(IOutboxStatus status, IOptions<ObservabilityOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check(status, options.Value.OutboxDegradedAfter));

    internal static HealthCheckResult Check(IOutboxStatus status, TimeSpan degradedAfter)
    {
        OutboxSnapshot snapshot;
        try
        {
            snapshot = status.Snapshot();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy($"outbox: no status ({exception.GetType().Name})");
        }

        var waiting = snapshot.OldestAge is { } age
            ? $"{snapshot.Waiting} waiting, the oldest for {Math.Floor(age.TotalSeconds):0} s"
            : $"{snapshot.Waiting} waiting";
        if (snapshot.Failed > 0)
        {
            return HealthCheckResult.Degraded($"outbox: {waiting}; {snapshot.Failed} given up");
        }

        return snapshot.OldestAge > degradedAfter
            ? HealthCheckResult.Degraded($"outbox: {waiting}, longer than {degradedAfter.TotalSeconds:0} s")
            : HealthCheckResult.Healthy($"outbox: {waiting}");
    }
}
