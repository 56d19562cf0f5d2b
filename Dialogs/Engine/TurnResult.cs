namespace SoKetBot.Dialogs.Engine;

/// <summary>What a turn produced: the replies to the person, in order, and what the channel should know of it.</summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies)
{
    /// <summary>The official talking, once known (linked): the channel keeps it on its conversation reference.</summary>
    public string? OfficialAccount { get; init; }

    /// <summary>The turn owed messages to others (see <see cref="Approvals.NoticeBoard"/>).</summary>
    public bool NoticesPosted { get; init; }
}
