namespace SoKetBot.Bot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, optionally as one user, until it expires.</summary>
internal sealed record DirectLineToken(string ConversationId, string? UserId, DateTimeOffset ExpiresAt);
