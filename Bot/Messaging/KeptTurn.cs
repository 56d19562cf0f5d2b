using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Messaging;

/// <summary>
/// A turn about to commit, as the channel's hook sees it inside the turn's transaction: what the channel writes there
/// (the replies owed, the conversation reference, the Direct Line history) commits with the answer or not at all.
/// </summary>
internal sealed class KeptTurn(IReadOnlyList<Activity> replies, string? officialAccount)
{
    /// <summary>The reply activities; the hook may complete them (ids, replyToId) before they are kept for a retry.</summary>
    public IReadOnlyList<Activity> Replies { get; } = replies;

    /// <summary>The official the turn ran as, if linked.</summary>
    public string? OfficialAccount { get; } = officialAccount;

    /// <summary>What the channel answers the sender (the Direct Line echo's id); kept for a retry of the activity.</summary>
    public string? Answer { get; set; }
}
