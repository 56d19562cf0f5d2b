using System.Text.Json;

namespace SoKetBot.Bot.Protocol;

/// <summary>An attachment; for an Adaptive Card <see cref="Content"/> is the card object (never a string).</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public JsonElement? Content { get; set; }

    public string? Name { get; set; }
}
