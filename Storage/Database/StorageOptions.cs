using System.ComponentModel.DataAnnotations;

namespace SoKetBot.Storage.Database;

/// <summary>Where the data lives; bound to the configuration section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file, relative to the content root, or ":memory:".</summary>
    /// <value>The default value is App_Data/soketbot.db.</value>
    [Required]
    public string DataFile { get; set; } = "App_Data/soketbot.db";

    /// <summary>The data file's full path, or ":memory:".</summary>
    public string FullPathOf(string contentRoot) => DataFile == ":memory:" ? DataFile : Path.GetFullPath(Path.Combine(contentRoot, DataFile));

    /// <summary>The default of <see cref="Durability"/>.</summary>
    public const Durability DefaultDurability = Database.Durability.Flush;

    /// <summary>What an acknowledged turn survives: <c>flush</c> (power loss) or <c>process</c> (a crash of the bot).</summary>
    /// <value>The default value is flush.</value>
    public Durability Durability { get; set; } = DefaultDurability;

    /// <summary>How long no transaction must commit before the log is merged into the data file (checkpoint); zero for never.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CheckpointWhenQuietFor { get; set; } = TimeSpan.FromSeconds(30);
}
