using System.Buffers.Text;
using System.Security.Cryptography;
using SoKetBot.Dialogs.Linking;
using SoKetBot.Storage.Audit;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Sessions;

namespace SoKetBot.Bot.WebChat;

/// <summary>
/// The page's sign-in: the code is verified (PBKDF2, the same cost for unknown accounts) before any transaction; then
/// one transaction counts the failure or opens the server-side session, and writes the audit entry. The lock-out is
/// the official's own (<see cref="AccessCodeLockout"/>), shared with every chat.
/// </summary>
internal sealed class PageSignIn(
    IOfficialStore officials,
    IAccessCodeVerifier verifier,
    AccessCodeLockout lockout,
    IWebSessionStore sessions,
    IAuditLog audit,
    ITransactionScope transactions,
    TimeProvider time)
{
    /// <summary>The channel id the page's entries carry in the audit log.</summary>
    public const string AuditChannel = "page";

    /// <summary>How long a sign-in lasts, on the server as in the cookie.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);

    public SignInOutcome SignIn(string account, string accessCode, string? previousSessionId, string? clientAddress)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var official = officials.Find(account);
        var key = AccessCodeLockout.AccountKey(account, official is not null);

        // A locked account costs no PBKDF2; the lock is checked again inside the transaction.
        var verified = lockout.LockedUntil(key, now) is null && verifier.Verify(accessCode, official?.AccessCodeHash);
        SignInOutcome outcome = null!;
        transactions.Run(() =>
        {
            var current = officials.Find(account);
            if (lockout.LockedUntil(key, now) is { } until)
            {
                Record(now, AuditKind.SignInFailed, current, clientAddress, "while the account is locked");
                outcome = new SignInOutcome { LockedUntil = until };
            }
            else if (!verified || current is null || current.AccessCodeHash != official?.AccessCodeHash)
            {
                outcome = Fail(now, key, current, clientAddress);
            }
            else
            {
                lockout.Succeed([key]);
                if (previousSessionId is not null)
                {
                    sessions.Delete(previousSessionId);
                }

                sessions.DeleteExpired(now);
                var session = new WebSession
                {
                    Id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)),
                    Account = current.Account,
                    SignedInAt = now,
                    ExpiresAt = now + SessionLifetime,
                    ClientAddress = clientAddress,
                };
                sessions.Save(session);
                Record(now, AuditKind.SignIn, current, clientAddress, null);
                outcome = new SignInOutcome { Official = current, Session = session };
            }
        });
        return outcome;
    }

    /// <summary>Ends the session on the server: its cookie, even copied elsewhere, is refused from now on.</summary>
    public void SignOut(string sessionId, string? account, string? clientAddress)
    {
        var now = time.GetUtcNow().UtcDateTime;
        transactions.Run(() =>
        {
            if (sessions.Delete(sessionId))
            {
                Record(now, AuditKind.SignOut, account is null ? null : officials.Find(account), clientAddress, null);
            }
        });
    }

    private SignInOutcome Fail(DateTime now, string key, Official? official, string? clientAddress)
    {
        var count = lockout.Fail([key], now);
        Record(now, AuditKind.SignInFailed, official, clientAddress, official is null ? "unknown account" : "wrong access code");
        if (count.LockedUntil is { } until)
        {
            Record(now, AuditKind.LockOut, official, clientAddress, $"account locked until {until:yyyy-MM-ddTHH:mm:ssZ}");
        }

        return new SignInOutcome { RemainingTries = count.RemainingTries, LockedUntil = count.LockedUntil };
    }

    private void Record(DateTime now, AuditKind kind, Official? official, string? clientAddress, string? detail) => audit.Record(new AuditEntry
    {
        At = now,
        Kind = kind,
        Account = official?.Account,
        ChannelId = AuditChannel,
        ClientAddress = clientAddress,
        Detail = detail,
    });
}
