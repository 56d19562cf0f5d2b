using System.ComponentModel.DataAnnotations;

namespace SoKetBot.Bot.Outbox;

/// <summary>How the outbox delivers what the bot owes the Connector channels, bound to section "Outbox".</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Quick retries within one delivery attempt (the HTTP client's own, honouring a short Retry-After).</summary>
    /// <value>The default value is 2.</value>
    [Range(0, 10)]
    public int QuickRetries { get; set; } = 2;

    /// <summary>The wait before the first quick retry; it doubles on every further one (with jitter).</summary>
    /// <value>The default value is 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan QuickRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The wait before the next attempt after a failed one; it doubles on every further one, or follows the channel's Retry-After.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts.</summary>
    /// <value>The default value is 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an item is retried before the outbox gives up on it (the failure is kept, and logged).</summary>
    /// <value>The default value is 1 day.</value>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Conversations delivered to at once: one slow or unreachable service URL holds up only its own conversations.</summary>
    /// <value>The default value is 16.</value>
    [Range(1, 256)]
    public int Parallel { get; set; } = 16;

    /// <summary>How often the outbox looks again even when nothing woke it.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long delivered and given-up items are kept (for the operator) before the retention job removes them.</summary>
    /// <value>The default value is 7 days.</value>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan KeepDone { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1: the channel's Retry-After if it said, otherwise the backoff.</summary>
    public TimeSpan NextDelay(int attempts, TimeSpan? retryAfter)
    {
        var backoff = RetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var delay = retryAfter is { } asked && asked > backoff ? asked : backoff;
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
