namespace SoKetBot.Bot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, optionally as one user, until it expires or its page session (<paramref name="SessionId"/>) ends.</summary>
internal sealed record DirectLineToken(string ConversationId, string? UserId, DateTimeOffset ExpiresAt, string? SessionId = null);
