using System.Collections.Concurrent;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Tests.Storage.Organisation;

/// <summary>The real PBKDF2 verifier, recording each call: the hash it verified and whether the write lock was held then.</summary>
/// <param name="during">Runs inside each call, before the check: to change the world while a code is being verified.</param>
internal sealed class CountingVerifier(Action? during = null) : IAccessCodeVerifier
{
    private readonly AccessCodeVerifier inner = new();

    public ConcurrentQueue<(string? StoredHash, bool InWriteLock)> Calls { get; } = new();

    public bool Verify(string accessCode, string? storedHash)
    {
        Calls.Enqueue((storedHash, SoKetBotDatabase.WriteLockHeld));
        during?.Invoke();
        return inner.Verify(accessCode, storedHash);
    }
}
