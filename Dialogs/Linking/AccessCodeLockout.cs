using System.Security.Cryptography;
using System.Text;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Dialogs.Linking;

/// <summary>
/// Counts wrong access codes and locks after <see cref="MaxFailures"/> in a row: per official account (on the page and
/// in every chat together, so that rotating channel accounts buys no extra tries) and per channel account.
/// Counting reads and writes inside the caller's transaction, which runs alone, so concurrent attempts count exactly.
/// </summary>
public sealed class AccessCodeLockout(ILinkAttemptStore attempts)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(15);

    /// <summary>The counter of an account name. A name that matches no official is kept only as a hash: it may be a code typed in the wrong field.</summary>
    public static string AccountKey(string account, bool exists) =>
        exists ? $"official|{account}" : $"unknown|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account)))[..32]}";

    /// <summary>The counter of a channel account (the chat's own lock-out).</summary>
    public static string ChannelKey(string channelId, string userId) => ChannelLink.KeyOf(channelId, userId);

    /// <summary>Until when the counter is locked, or null.</summary>
    public DateTime? LockedUntil(string key, DateTime now) =>
        attempts.Find(key) is { LockedUntil: { } until } && until > now ? until : null;

    /// <summary>Counts one wrong code on each counter; call it inside the transaction that records the failure.</summary>
    public LockoutCount Fail(IReadOnlyList<string> keys, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!SoKetBotDatabase.WriteLockHeld)
        {
            throw new InvalidOperationException("Count failures inside the transaction, so that concurrent attempts count exactly.");
        }

        var remaining = MaxFailures;
        var locked = new List<string>();
        var until = now + LockTime;
        foreach (var key in keys)
        {
            var previous = attempts.Find(key);
            var failures = (previous is { LockedUntil: not null } ? 0 : previous?.Failures ?? 0) + 1;
            if (failures >= MaxFailures)
            {
                attempts.Save(new LinkAttempt { Id = key, Failures = 0, LockedUntil = until });
                locked.Add(key);
                remaining = 0;
            }
            else
            {
                attempts.Save(new LinkAttempt { Id = key, Failures = failures });
                remaining = Math.Min(remaining, MaxFailures - failures);
            }
        }

        return new LockoutCount(remaining, locked.Count > 0 ? until : null, locked);
    }

    /// <summary>A right code: the counters start again.</summary>
    public void Succeed(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            attempts.Delete(key);
        }
    }
}
