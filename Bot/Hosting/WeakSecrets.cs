namespace SoKetBot.Bot.Hosting;

/// <summary>Whether the configured Direct Line secret and token signing key are strong enough to go live.</summary>
internal static class WeakSecrets
{
    /// <summary>The shortest Direct Line secret accepted, in characters.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>The smallest token signing key accepted, in bytes (HMAC-SHA256).</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>The problems with the configured values; an unset value is not one (the bot generates or does without it).</summary>
    public static IEnumerable<string> Check(string? secret, string? signingKey)
    {
        if (!string.IsNullOrEmpty(secret) && (secret.Length < MinimumSecretLength || !LooksRandom(secret)))
        {
            yield return $"DirectLine:Secret is weak: use at least {MinimumSecretLength} random characters "
                + "(for example: openssl rand -base64 48). Anyone who guesses it can talk to the bot as any Direct Line user.";
        }

        if (string.IsNullOrEmpty(signingKey))
        {
            yield break;
        }

        var key = new byte[signingKey.Length];
        if (!Convert.TryFromBase64String(signingKey, key, out var length))
        {
            yield return "DirectLine:TokenSigningKey is not base64. Use at least 32 random bytes in base64 (openssl rand -base64 32).";
        }
        else if (length < MinimumKeyBytes || key.AsSpan(0, length).ToArray().Distinct().Count() < 8)
        {
            yield return $"DirectLine:TokenSigningKey is weak ({length} bytes): use at least {MinimumKeyBytes} random bytes in base64 "
                + "(openssl rand -base64 32). Whoever knows it can forge Direct Line tokens for any user.";
        }
    }

    // A cheap guard against "aaaa…", "1234…" and words: at least 10 different characters and 3 bits of
    // Shannon entropy per character (32 random hex characters have about 3.6, base64 about 4.6).
    private static bool LooksRandom(string secret)
    {
        var counts = secret.GroupBy(character => character).Select(group => (double)group.Count()).ToList();
        var entropy = -counts.Sum(count => count / secret.Length * Math.Log2(count / secret.Length));
        return counts.Count >= 10 && entropy >= 3.0;
    }
}
