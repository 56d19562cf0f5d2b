using System.ComponentModel.DataAnnotations;

namespace SoKetBot.Bot.Web;

/// <summary>HTTP Strict Transport Security, bound to section "SecurityHeaders"; the other headers are fixed.</summary>
internal sealed class SecurityHeadersOptions
{
    public const string Section = "SecurityHeaders";

    /// <summary>Whether HTTPS responses carry Strict-Transport-Security; null means outside Development only.</summary>
    /// <value>The default value is null.</value>
    public bool? Hsts { get; set; }

    /// <value>The default value is 365 days.</value>
    [Range(typeof(TimeSpan), "00:05:00", "730.00:00:00")]
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Whether the HSTS header covers subdomains too.</summary>
    /// <value>The default value is false.</value>
    public bool HstsIncludeSubDomains { get; set; }
}
