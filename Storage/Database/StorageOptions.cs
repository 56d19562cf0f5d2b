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
}
