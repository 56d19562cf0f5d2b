using System.ComponentModel.DataAnnotations;

namespace SoKetBot.Bot.Messaging;

/// <summary>Limits of the messaging endpoint, bound to section "Messaging".</summary>
internal sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>The largest request body accepted; larger ones get 413. Direct Line itself caps an activity at 256K characters.</summary>
    /// <value>The default value is 262144 (256 KB).</value>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long an activity id is remembered, so a channel's retry of it does not run a second turn.</summary>
    /// <value>The default value is 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many activity ids are remembered at most; the oldest are forgotten first.</summary>
    /// <value>The default value is 10000.</value>
    [Range(1, 1_000_000)]
    public int DuplicateCapacity { get; set; } = 10_000;

    /// <summary>
    /// The most memory, estimated in bytes, that remembered activity ids and their replies may take; the oldest are
    /// forgotten first, and a reply set larger than this is not remembered (its id still is).
    /// </summary>
    /// <value>The default value is 16777216 (16 MB).</value>
    [Range(64 * 1024, 1024L * 1024 * 1024)]
    public long DuplicateMaxBytes { get; set; } = 16 * 1024 * 1024;
}
