using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SoKetBot.Bot.Observability;

namespace SoKetBot.Bot.Web;

/// <summary>
/// The rate limits, as one global limiter chosen by path (so that the endpoints' own files need not know about it):
/// sign-in and token endpoints per client address in fixed windows; POST /api/messages by a concurrency limiter with
/// a bounded queue, so that a flood of turns cannot take every thread from the page and /health.
/// </summary>
internal static partial class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Tokens = "tokens";
    public const string Messages = "messages";

    /// <summary>Which limit a request falls under, or null for none (the page, static files, polling, /health, /metrics).</summary>
    public static string? LimitOf(HttpRequest request)
    {
        var path = request.Path;
        var isPost = HttpMethods.IsPost(request.Method);
        if (isPost && path.Equals("/api/session", StringComparison.OrdinalIgnoreCase))
        {
            return SignIn;
        }

        if (isPost && (path.Equals("/api/session/chat", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/v3/directline/tokens", StringComparison.OrdinalIgnoreCase)))
        {
            return Tokens;
        }

        // POST conversations starts one, GET conversations/{id} resumes one: both answer with a new token.
        if (path.StartsWithSegments("/v3/directline/conversations", StringComparison.OrdinalIgnoreCase, out var rest)
            && ((isPost && !rest.HasValue) || (HttpMethods.IsGet(request.Method) && rest.HasValue && rest.Value!.IndexOf('/', 1) < 0)))
        {
            return Tokens;
        }

        return isPost && path.Equals("/api/messages", StringComparison.OrdinalIgnoreCase) ? Messages : null;
    }

    /// <summary>The partition a request is counted in: its limit and, for the per-address limits, its client address.</summary>
    public static string PartitionOf(HttpContext context) => LimitOf(context.Request) switch
    {
        null => string.Empty,
        Messages => Messages,
        var limit => $"{limit}|{ClientAddress.KeyOf(context.Connection.RemoteIpAddress)}",
    };

    public static void Configure(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RejectAsync;
        if (!limits.Enabled)
        {
            return;
        }

        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => LimitOf(context.Request) switch
        {
            SignIn => RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => Window(limits.SignInPermitLimit, limits.SignInWindow)),
            Tokens => RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => Window(limits.TokenPermitLimit, limits.TokenWindow)),
            Messages => RateLimitPartition.GetConcurrencyLimiter(Messages, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.MessagesConcurrencyLimit,
                QueueLimit = limits.MessagesQueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }),
            _ => RateLimitPartition.GetNoLimiter(string.Empty),
        });
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        // A concurrency limit has no window to wait for: a second is a fair guess of when a turn slot frees up.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits));
        var partition = PartitionOf(context);
        LogRejected(logger, partition, seconds);
        context.RequestServices.GetRequiredService<BotMetrics>().Refused(RefusalReason.RateLimited);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too Many Requests",
                Detail = $"Too many requests ({LimitOf(context.Request)}); try again in {seconds} second(s).",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limit {Partition} reached; answered 429 (retry after {Seconds} s)")]
    private static partial void LogRejected(ILogger logger, string partition, int seconds);
}
