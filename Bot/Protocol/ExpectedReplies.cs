namespace SoKetBot.Bot.Protocol;

/// <summary>The body of a 200 answer to an activity sent with deliveryMode expectReplies.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
