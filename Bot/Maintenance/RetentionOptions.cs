using System.ComponentModel.DataAnnotations;

namespace SoKetBot.Bot.Maintenance;

/// <summary>When the retention job runs, bound to section "Retention"; how long each kind of record is kept is its feature's setting.</summary>
internal sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>How often the retention job runs.</summary>
    /// <value>The default value is 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most records one transaction removes, so that turns never wait long behind the job.</summary>
    /// <value>The default value is 500.</value>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;
}
