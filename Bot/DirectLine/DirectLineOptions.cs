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

    /// <summary>The bot's id in Direct Line conversations.</summary>
    /// <value>The default value is soketbot.</value>
    [Required]
    public string BotId { get; set; } = "soketbot";

    /// <summary>The bot's display name in Direct Line conversations.</summary>
    /// <value>The default value is SoKetBot.</value>
    [Required]
    public string BotName { get; set; } = "SoKetBot";
}
