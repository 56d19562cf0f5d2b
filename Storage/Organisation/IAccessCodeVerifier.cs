namespace SoKetBot.Storage.Organisation;

/// <summary>Checks a typed access code against an official's stored hash; call it before any transaction, never inside one.</summary>
public interface IAccessCodeVerifier
{
    /// <summary>
    /// Whether <paramref name="accessCode"/> matches <paramref name="storedHash"/>. With no hash (an unknown account) it
    /// verifies against <see cref="AccessCodeHasher.DummyHash"/> and returns false, so that unknown accounts cost the same time.
    /// </summary>
    bool Verify(string accessCode, string? storedHash);
}
