namespace SoKetBot.Bot.Outbox;

/// <summary>What an outbox item is for, besides its activity: the notice it carries, or the card it shows or updates.</summary>
/// <param name="NoticeId">The notice delivered by this item: marked delivered when the channel accepts it.</param>
/// <param name="CardKey">The approval card shown (or, with <paramref name="Update"/>, updated in place) in the conversation.</param>
/// <param name="Update">
/// Replace the card where it landed in the conversation (PUT), found when this item's turn comes; sent as a new activity
/// when the card never landed there.
/// </param>
internal sealed record OutboxTag(string? NoticeId = null, string? CardKey = null, bool Update = false);
