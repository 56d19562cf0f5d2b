namespace SoKetBot.Storage.Organisation;

/// <summary>The PBKDF2 check of <see cref="AccessCodeHasher"/>, with the same cost for accounts that do not exist.</summary>
/// <param name="hashing">The codes an import of this process is still hashing; a code waiting there is hashed first.</param>
public sealed class AccessCodeVerifier(AccessCodeHashing? hashing = null) : IAccessCodeVerifier
{
    public bool Verify(string accessCode, string? storedHash)
    {
        ArgumentNullException.ThrowIfNull(accessCode);
        var current = storedHash is null || hashing is null ? storedHash : hashing.Resolve(storedHash);

        // A placeholder whose code is gone (the importing process stopped first) costs the same as an unknown account.
        var usable = current is not null && !AccessCodeHasher.IsPending(current);
        var verified = AccessCodeHasher.Verify(accessCode, usable ? current! : AccessCodeHasher.DummyHash);
        return usable && verified;
    }
}
