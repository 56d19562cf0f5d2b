using SoKetBot.Bot.Hosting;
using SoKetBot.Storage.Audit;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Sessions;
using SoKetBot.Tests.Dialogs;

namespace SoKetBot.Tests.Bot.Hosting;

/// <summary>The "audit" and "unlink" commands, on the dialogs' host (the demo province, a fake clock).</summary>
public sealed class AccountCommandTests
{
    private static (int? ExitCode, string Output, string Error) Run(DialogHost host, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Commands.Run(host.Services, args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static void Audit(DialogHost host, DateTime at, AuditKind kind, string? account) =>
        host.Get<ITransactionScope>().Run(() => host.Get<IAuditLog>().Record(new AuditEntry { At = at, Kind = kind, Account = account, ChannelId = "page", ClientAddress = "10.0.0.7" }));

    [Fact]
    public void Audit_WithFilters_PrintsTheNewestFirstOneLineEach()
    {
        using var host = new DialogHost();
        var day = new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);
        Audit(host, day, AuditKind.SignInFailed, null);
        Audit(host, day.AddMinutes(1), AuditKind.SignIn, "xa");
        Audit(host, day.AddDays(1), AuditKind.SignIn, "huyen");
        Audit(host, day.AddDays(1).AddMinutes(5), AuditKind.SignOut, "xa");

        var all = Run(host, "audit");
        var ofXa = Run(host, "audit", "--account", "XA");
        var since = Run(host, "audit", "--since", "2026-12-02", "--limit", "1");
        var bad = Run(host, "audit", "--since", "hôm qua");

        Assert.Equal(0, all.ExitCode);
        Assert.Equal(
            [
                "2026-12-02T02:05:00Z SignOut      account=xa channel=page address=10.0.0.7",
                "2026-12-02T02:00:00Z SignIn       account=huyen channel=page address=10.0.0.7",
                "2026-12-01T02:01:00Z SignIn       account=xa channel=page address=10.0.0.7",
                "2026-12-01T02:00:00Z SignInFailed account=- channel=page address=10.0.0.7",
            ],
            all.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, ofXa.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("huyen", ofXa.Output, StringComparison.Ordinal);
        Assert.StartsWith("2026-12-02T02:05:00Z SignOut", since.Output, StringComparison.Ordinal);
        Assert.Single(since.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, bad.ExitCode);
    }

    [Fact]
    public void Unlink_ChannelAccount_RemovesTheLinkAuditsItAndTheChatAsksForTheCodeAgain()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host, userId: "29:abc", conversationId: "a:1", channelId: "msteams").SignIn("xa");
        new Conversation(host, userId: "other").SignIn("xa");

        var (exitCode, output, _) = Run(host, "unlink", "msteams", "29:abc");
        var again = Run(host, "unlink", "msteams", "29:abc");

        Assert.Equal(0, exitCode);
        Assert.Contains("Unlinked msteams 29:abc from xa.", output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Null(host.Get<IChannelLinkStore>().Find(ChannelLink.KeyOf("msteams", "29:abc")));
        Assert.Single(host.Get<IChannelLinkStore>().OfOfficial("xa"));
        var entry = host.Get<IAuditLog>().Newest("xa", null, 1).Single();
        Assert.Equal((AuditKind.Unlink, "msteams", "29:abc"), (entry.Kind, entry.ChannelId, entry.UserId));
        chat.Say("bắt đầu").Expect("tên tài khoản");
    }

    [Fact]
    public void Unlink_Account_RemovesEveryLinkAndEndsThePageSessions()
    {
        using var host = new DialogHost();
        new Conversation(host, userId: "u1").SignIn("xa");
        new Conversation(host, userId: "u2", conversationId: "c2").SignIn("xa");
        new Conversation(host, userId: "u3", conversationId: "c3").SignIn("huyen");
        var now = host.Time.GetUtcNow().UtcDateTime;
        host.Get<ITransactionScope>().Run(() => host.Get<IWebSessionStore>().Save(new WebSession { Id = "s1", Account = "xa", SignedInAt = now, ExpiresAt = now.AddHours(12) }));

        var (exitCode, output, _) = Run(host, "unlink", "--account", "xa");
        var nobody = Run(host, "unlink", "--account", "xa");
        var usage = Run(host, "unlink", "msteams");

        Assert.Equal(0, exitCode);
        Assert.Contains("Ended 1 page session(s) of xa.", output, StringComparison.Ordinal);
        Assert.Empty(host.Get<IChannelLinkStore>().OfOfficial("xa"));
        Assert.Single(host.Get<IChannelLinkStore>().OfOfficial("huyen"));
        Assert.Null(host.Get<IWebSessionStore>().Find("s1"));
        Assert.Equal(2, host.Get<IAuditLog>().Newest("xa", null, 100).Count(entry => entry.Kind == AuditKind.Unlink));
        Assert.Equal(1, nobody.ExitCode);
        Assert.Equal(1, usage.ExitCode);
    }

    [Fact]
    public void Help_ListsAuditAndUnlink()
    {
        using var host = new DialogHost();

        var (_, output, _) = Run(host, "help");

        Assert.Contains("audit [--account X]", output, StringComparison.Ordinal);
        Assert.Contains("unlink <channelId> <userId>", output, StringComparison.Ordinal);
    }
}
