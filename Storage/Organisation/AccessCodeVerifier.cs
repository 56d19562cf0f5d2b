namespace SoKetBot.Storage.Organisation;

/// <summary>The PBKDF2 check of <see cref="AccessCodeHasher"/>, with the same cost for accounts that do not exist.</summary>
public sealed class AccessCodeVerifier : IAccessCodeVerifier
{
    public bool Verify(string accessCode, string? storedHash)
    {
        ArgumentNullException.ThrowIfNull(accessCode);
        var verified = AccessCodeHasher.Verify(accessCode, storedHash ?? AccessCodeHasher.DummyHash);
        return storedHash is not null && verified;
    }
}
