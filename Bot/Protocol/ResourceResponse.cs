namespace SoKetBot.Bot.Protocol;

/// <summary>The id a channel gives an activity it recorded.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
