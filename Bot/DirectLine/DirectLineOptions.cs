using System.ComponentModel.DataAnnotations;

namespace SoKetBot.Bot.DirectLine;

/// <summary>The embedded Direct Line channel; bound to the configuration section "DirectLine".</summary>
internal sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The secret that clients and servers present to get tokens or to talk directly.</summary>
    /// <value>The default value is none: in Development one is generated at start; elsewhere only tokens from the page work.</value>
    public string? Secret { get; set; }

    /// <summary>The base64 HMAC key that signs tokens, at least 32 bytes.</summary>
    /// <value>The default value is none: a key is generated once and kept in the data file, so tokens survive a restart.</value>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token lives. Clients refresh every 15 minutes, so it must be longer.</summary>
    /// <value>The default value is 60.</value>
    [Range(20, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>The most activities one polling GET returns; the client asks again from the new watermark.</summary>
    /// <value>The default value is 100.</value>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>The most WebSockets open at once on one conversation; a new one beyond it closes the oldest with "collision".</summary>
    /// <value>The default value is 4 (a phone, a computer and a couple of tabs).</value>
    [Range(1, 64)]
    public int MaxSocketsPerConversation { get; set; } = 4;

    /// <summary>The most frames waiting to be sent on one WebSocket; a socket whose client lets more pile up is aborted.</summary>
    /// <value>The default value is 256.</value>
    [Range(2, 100_000)]
    public int SocketBufferFrames { get; set; } = 256;

    /// <summary>How long activities are kept; older ones, and conversations idle that long, are removed in the background.</summary>
    /// <value>The default value is 30 days.</value>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How many of the latest activities the latest conversation of each user keeps, however old.</summary>
    /// <value>The default value is 20.</value>
    [Range(0, 10_000)]
    public int HistoryKeepLatest { get; set; } = 20;

    /// <summary>The bot's id in Direct Line conversations.</summary>
    /// <value>The default value is soketbot.</value>
    [Required]
    public string BotId { get; set; } = "soketbot";

    /// <summary>The bot's display name in Direct Line conversations.</summary>
    /// <value>The default value is SoKetBot.</value>
    [Required]
    public string BotName { get; set; } = "SoKetBot";
}
