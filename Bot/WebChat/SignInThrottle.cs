using SoKetBot.Storage.Conversations;

namespace SoKetBot.Bot.WebChat;

/// <summary>Locks an account's sign-in on the page after repeated wrong access codes (kept in LiteDB, like the chat's own lock-out).</summary>
internal sealed class SignInThrottle(ILinkAttemptStore attempts, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(15);

    /// <summary>Until when the account is locked, or null.</summary>
    public DateTimeOffset? LockedUntil(string account)
    {
        var until = attempts.Find(KeyOf(account))?.LockedUntil;
        return until is { } value && new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) > time.GetUtcNow()
            ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc))
            : null;
    }

    /// <summary>Counts a wrong code; returns how many tries are left (0 means the account is now locked).</summary>
    public int Fail(string account)
    {
        var previous = attempts.Find(KeyOf(account));
        var failures = (previous is { LockedUntil: not null } ? 0 : previous?.Failures ?? 0) + 1;
        var locked = failures >= MaxFailures;
        attempts.Save(new LinkAttempt
        {
            Id = KeyOf(account),
            Failures = locked ? 0 : failures,
            LockedUntil = locked ? (time.GetUtcNow() + LockTime).UtcDateTime : null,
        });
        return locked ? 0 : MaxFailures - failures;
    }

    public void Succeed(string account) => attempts.Delete(KeyOf(account));

    // The page is its own "channel" among the link attempts, so the chat's lock-out and the page's do not mix.
    private static string KeyOf(string account) => $"page|{account}";
}
