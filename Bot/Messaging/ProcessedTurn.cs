using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Messaging;

/// <summary>What a turn came to, as the channel sees it.</summary>
/// <param name="Replies">The reply activities, in order.</param>
/// <param name="Kept">The turn committed (with what the channel kept inside it); false for a failed, rolled-back turn.</param>
internal sealed record ProcessedTurn(IReadOnlyList<Activity> Replies, bool Kept);
