namespace SoKetBot.Storage.Organisation;

/// <summary>An imported access code waiting for its PBKDF2 hash; the code itself lives only in this object, in memory.</summary>
public sealed class PendingCode
{
    private readonly Lazy<string> hash;

    /// <param name="account">The official's account.</param>
    /// <param name="accessCode">The code from the file.</param>
    /// <param name="storedHash">What the official's record holds now: their previous hash, or a <see cref="AccessCodeHasher.NewPending"/> placeholder.</param>
    public PendingCode(string account, string accessCode, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(accessCode);
        Account = account;
        StoredHash = storedHash;

        // The salt is random, so a new hash of the same code would differ: the stored one stays while the code still matches it.
        // Computed once, by the hashing worker or by a sign-in that cannot wait; then the code is dropped with the factory.
        // PublicationOnly: a first use refused inside the write lock must not be kept as a failure.
        hash = new Lazy<string>(
            () => !AccessCodeHasher.IsPending(storedHash) && AccessCodeHasher.Verify(accessCode, storedHash) ? storedHash : AccessCodeHasher.Hash(accessCode),
            LazyThreadSafetyMode.PublicationOnly);
    }

    public string Account { get; }

    /// <summary>What the official's record held when the code was imported; the hash replaces only that.</summary>
    public string StoredHash { get; }

    /// <summary>The code's hash (PBKDF2 on first use; <see cref="StoredHash"/> itself when the code did not change).</summary>
    public string Hash => hash.Value;

    internal bool IsHashed => hash.IsValueCreated;
}
