using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Tests.Storage.Organisation;

public sealed class AccessCodeVerifierTests
{
    [Fact]
    public void AccessCodeHasher_InsideTheWriteLock_RefusesToRun()
    {
        using var database = new SoKetBotDatabase(":memory:");
        var hash = AccessCodeHasher.Hash("demo");

        var refused = Assert.Throws<InvalidOperationException>(() => database.Run(() => AccessCodeHasher.Verify("demo", hash)));

        Assert.Contains("PBKDF2", refused.Message, StringComparison.Ordinal);
        Assert.False(SoKetBotDatabase.WriteLockHeld);
        Assert.True(AccessCodeHasher.Verify("demo", hash));
    }

    [Fact]
    public void AccessCodeVerifier_UnknownAccount_StillRunsPbkdf2OnADummyHashOfTheSameParameters()
    {
        using var database = new SoKetBotDatabase(":memory:");
        var verifier = new AccessCodeVerifier();

        // The hasher refuses to run inside the write lock: that it throws proves PBKDF2 ran for the missing hash.
        Assert.Throws<InvalidOperationException>(() => database.Run(() => verifier.Verify("demo", null)));

        Assert.False(verifier.Verify("demo", null));
        Assert.Equal(AccessCodeHasher.Hash("x").Split('$')[..2], AccessCodeHasher.DummyHash.Split('$')[..2]);
    }

    [Fact]
    public void AccessCodeVerifier_KnownAccount_VerifiesTheStoredHash()
    {
        var verifier = new AccessCodeVerifier();
        var hash = AccessCodeHasher.Hash("demo");

        Assert.True(verifier.Verify(" demo ", hash));
        Assert.False(verifier.Verify("sai", hash));
    }
}
