using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoKetBot.Dialogs.Linking;
using SoKetBot.Storage.Audit;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Organisation;
using SoKetBot.Tests.Storage.Organisation;

namespace SoKetBot.Tests.Dialogs.Linking;

public sealed class LinkingLockoutTests
{
    private static (DialogHost Host, CountingVerifier Verifier) CreateSut(Action<DialogHost>? during = null)
    {
        DialogHost host = null!;
        var verifier = new CountingVerifier(() => during?.Invoke(host));
        host = new DialogHost(services: services => services.Replace(ServiceDescriptor.Singleton<IAccessCodeVerifier>(verifier)));
        return (host, verifier);
    }

    private static Conversation AskingCode(DialogHost host, int i, string account = "xa") =>
        new Conversation(host, userId: $"user-{i}", conversationId: $"conversation-{i}").Start().Say(account).Expect("mã truy cập");

    [Fact]
    public void LinkingDialog_FiveChannelAccountsOneWrongCodeEach_LockTheOfficial()
    {
        var (host, _) = CreateSut();
        using var _host = host;

        var texts = Enumerable.Range(0, 5).Select(i => AskingCode(host, i).Say("sai").Text).ToList();
        var sixth = AskingCode(host, 5).Say("demo");

        Assert.All(texts[..4], text => Assert.Contains("Tài khoản hoặc mã truy cập không đúng", text, StringComparison.Ordinal));
        Assert.Contains("Tài khoản **xa** tạm khóa", texts[4], StringComparison.Ordinal);
        sixth.Expect("tạm khóa").ExpectNot("Đã liên kết");
        Assert.Null(host.Get<IChannelLinkStore>().Find(ChannelLink.KeyOf("test", "user-5")));
        host.Time.Advance(AccessCodeLockout.LockTime);
        AskingCode(host, 6).Say("demo").Expect("Đã liên kết tài khoản **xa**");
    }

    [Fact]
    public async Task LinkingDialog_TwentyWrongCodesAtOnceForOneOfficial_CountExactlyAndLock()
    {
        var (host, verifier) = CreateSut();
        using var _host = host;
        var chats = Enumerable.Range(0, 20).Select(i => AskingCode(host, i)).ToList();

        var texts = await Task.WhenAll(chats.Select(chat => Task.Run(() => chat.Say("sai").Text)));

        var remaining = texts.Where(text => text.Contains("lần thử", StringComparison.Ordinal)).Select(text => text[(text.IndexOf("còn ", StringComparison.Ordinal) + 4)..][..1]).Order().ToList();
        Assert.Equal(["1", "2", "3", "4"], remaining);
        Assert.Equal(16, texts.Count(text => text.Contains("tạm khóa", StringComparison.Ordinal)));
        Assert.NotNull(host.Get<ILinkAttemptStore>().Find(AccessCodeLockout.AccountKey("xa", exists: true))!.LockedUntil);
        // Codes typed once the lock is committed are refused without PBKDF2.
        Assert.InRange(verifier.Calls.Count, 5, 20);
        Assert.DoesNotContain(verifier.Calls, call => call.InWriteLock);
        var audit = host.Get<IAuditLog>().Newest("xa", null, 100);
        Assert.Equal(20, audit.Count(entry => entry.Kind == AuditKind.LinkFailed));
        Assert.Single(audit, entry => entry.Kind == AuditKind.LockOut);
    }

    [Fact]
    public void LinkingDialog_RightAndWrongCodes_NeverRunPbkdf2InsideTheWriteLock()
    {
        var (host, verifier) = CreateSut();
        using var _host = host;

        AskingCode(host, 0).Say("sai").Say("xa").Say("demo").Expect("Đã liên kết");

        Assert.Equal(2, verifier.Calls.Count);
        Assert.DoesNotContain(verifier.Calls, call => call.InWriteLock);
    }

    [Fact]
    public void LinkingDialog_UnknownAccount_VerifiesADummyHashAndCountsLikeAKnownOne()
    {
        var (host, verifier) = CreateSut();
        using var _host = host;

        var unknown = AskingCode(host, 0, "khong-co-ai").Say("demo").Text;
        var known = AskingCode(host, 1, "xa").Say("sai").Text;

        Assert.Equal([null, host.Get<IOfficialStore>().Find("xa")!.AccessCodeHash], verifier.Calls.Select(call => call.StoredHash));
        Assert.Equal(known, unknown);
        Assert.Null(host.Get<ILinkAttemptStore>().Find("official|khong-co-ai"));
        Assert.Equal(1, host.Get<ILinkAttemptStore>().Find(AccessCodeLockout.AccountKey("khong-co-ai", exists: false))!.Failures);
    }

    [Fact]
    public void LinkingDialog_CodeChangedWhileVerifying_AsksAgainWithoutLinkingOrCounting()
    {
        // An import changes xa's code while the typed code is being verified, before the turn's transaction.
        var (host, _) = CreateSut(host =>
        {
            var officials = host.Get<IOfficialStore>();
            officials.Save(officials.Find("xa")! with { AccessCodeHash = AccessCodeHasher.DummyHash });
        });
        using var _host = host;
        var chat = AskingCode(host, 0);

        chat.Say("demo").Expect("Vui lòng nhập **mã truy cập** của tài khoản **xa**").ExpectNot("Đã liên kết");

        Assert.Null(host.Get<IChannelLinkStore>().Find(ChannelLink.KeyOf("test", "user-0")));
        Assert.Null(host.Get<ILinkAttemptStore>().Find(AccessCodeLockout.AccountKey("xa", exists: true)));
    }

    [Fact]
    public void LinkingDialog_LinkFailureAndLockOut_AreAudited()
    {
        var (host, _) = CreateSut();
        using var _host = host;
        var chat = AskingCode(host, 0);
        for (var i = 0; i < 5; i++)
        {
            chat.Say("sai").Say("xa");
        }

        host.Time.Advance(AccessCodeLockout.LockTime);
        chat.Say("xa").Say("demo").Expect("Đã liên kết");

        var entries = host.Get<IAuditLog>().Newest(null, null, 100);
        Assert.Equal(AuditKind.Link, entries[0].Kind);
        Assert.Equal(("xa", "test", "user-0"), (entries[0].Account, entries[0].ChannelId, entries[0].UserId));
        Assert.Equal(5, entries.Count(entry => entry.Kind == AuditKind.LinkFailed));
        var lockOut = Assert.Single(entries, entry => entry.Kind == AuditKind.LockOut);
        Assert.Equal(("xa", "test", "user-0"), (lockOut.Account, lockOut.ChannelId, lockOut.UserId));
        Assert.Contains("locked until", lockOut.Detail, StringComparison.Ordinal);
    }
}
