namespace SoKetBot.Bot.DirectLine;

/// <summary>The token's payload; <c>user</c> is the claim Web Chat reads.</summary>
internal sealed class DirectLineTokenClaims
{
    public string? Conv { get; set; }

    public string? User { get; set; }

    /// <summary>The page session the token was issued to (absent for tokens/generate): the token ends with it.</summary>
    public string? Sid { get; set; }

    public long Iat { get; set; }

    public long Exp { get; set; }
}
