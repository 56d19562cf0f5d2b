using System.Net;
using Microsoft.Extensions.Options;

namespace SoKetBot.Bot.Observability;

/// <summary>Answers 403 to a <c>/metrics</c> request from outside <see cref="ObservabilityOptions.MetricsAllowFrom"/>.</summary>
internal static partial class MetricsAccess
{
    public static IApplicationBuilder UseMetricsAccess(this IApplicationBuilder app)
    {
        var networks = app.ApplicationServices.GetRequiredService<IOptions<ObservabilityOptions>>().Value.MetricsNetworks();
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MetricsAccess));
        var metrics = app.ApplicationServices.GetRequiredService<BotMetrics>();
        return app.Use((context, next) =>
        {
            if (IsAllowed(context.Connection.RemoteIpAddress, networks))
            {
                return next(context);
            }

            LogRefused(logger);
            metrics.Refused(RefusalReason.Forbidden);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });
    }

    public static bool IsAllowed(IPAddress? address, IReadOnlyList<IPNetwork> networks)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return networks.Any(network => network.Contains(address));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a /metrics request from an address outside Observability:MetricsAllowFrom")]
    private static partial void LogRefused(ILogger logger);
}
