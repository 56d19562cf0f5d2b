using System.ComponentModel.DataAnnotations;

namespace SoKetBot.Bot.Web;

/// <summary>
/// Rate limits per client address (after forwarded headers), bound to section "RateLimits". Officials of one office
/// may share a public address, so the defaults are generous; they stop guessing and floods, not people.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Whether the limits apply at all.</summary>
    /// <value>The default value is true.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Sign-ins (POST /api/session) per address per <see cref="SignInWindow"/>.</summary>
    /// <value>The default value is 20.</value>
    [Range(1, 100_000)]
    public int SignInPermitLimit { get; set; } = 20;

    /// <value>The default value is 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Token requests per address per <see cref="TokenWindow"/>: the page's POST /api/session/chat, Direct Line's
    /// tokens/generate and tokens/refresh, and POST/GET of a conversation (each answer carries a new token).
    /// </summary>
    /// <value>The default value is 60.</value>
    [Range(1, 100_000)]
    public int TokenPermitLimit { get; set; } = 60;

    /// <value>The default value is 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TokenWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Requests to POST /api/messages running at once. Turns running at once share one commit (group commit), so this bounds
    /// how many a commit holds; each waits for its commit on a pool thread (Bot csproj: ThreadPoolMinThreads).
    /// </summary>
    /// <value>The default value is 64.</value>
    [Range(1, 10_000)]
    public int MessagesConcurrencyLimit { get; set; } = 64;

    /// <summary>Requests to POST /api/messages waiting for a turn slot; beyond that they get 429 at once.</summary>
    /// <value>The default value is 1000.</value>
    [Range(0, 100_000)]
    public int MessagesQueueLimit { get; set; } = 1000;
}
