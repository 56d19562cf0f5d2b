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

    /// <summary>How long an activity is remembered as handled, so that a channel's retry of it runs no second turn (even after a restart).</summary>
    /// <value>The default value is 1 day.</value>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan HandledRetention { get; set; } = TimeSpan.FromDays(1);
}
