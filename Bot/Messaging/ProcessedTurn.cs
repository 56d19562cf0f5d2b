using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Messaging;

/// <summary>What a turn came to, as the channel sees it.</summary>
/// <param name="Replies">The reply activities, in order.</param>
/// <param name="Kept">The turn committed (with what the channel kept inside it); false for a failed, rolled-back turn.</param>
/// <param name="Duplicate">The activity was handled before: no turn ran, and the replies are the first turn's.</param>
/// <param name="Answer">What the channel answered the sender for it (the Direct Line echo's id), kept for a retry.</param>
internal sealed record ProcessedTurn(IReadOnlyList<Activity> Replies, bool Kept, bool Duplicate = false, string? Answer = null);
