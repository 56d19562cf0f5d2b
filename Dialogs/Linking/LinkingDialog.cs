using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Audit;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Linking;

/// <summary>
/// Links an unknown channel account to an official: account name, then access code, with a lock-out per channel
/// account and per official. Runs inside the turn's transaction; the code itself was verified before it
/// (<see cref="LinkingVerifier"/>), so no PBKDF2 runs here. Every link, failure and lock-out goes to the audit log.
/// </summary>
internal sealed class LinkingDialog(
    IOfficialStore officials,
    IChannelLinkStore links,
    AccessCodeLockout lockout,
    IAuditLog audit,
    PlanCatalog plans)
{
    /// <summary>Runs the turn of an unlinked user; returns the official once linked, else null.</summary>
    public Official? Handle(TurnContext context)
    {
        var channelKey = AccessCodeLockout.ChannelKey(context.Input.ChannelId, context.Input.UserId);
        if (lockout.LockedUntil(channelKey, context.Now) is { } until)
        {
            context.Say(VietnameseFormat.Format(BotText.Link_Locked, Local(until)));
            return null;
        }

        switch (context.State.Mode)
        {
            case DialogMode.AskAccount when context.Text is { } account:
                context.State = context.State with { Mode = DialogMode.AskAccessCode, PendingAccount = account.Trim().ToLowerInvariant() };
                context.Say(VietnameseFormat.Format(BotText.Link_AskCode, context.State.PendingAccount));
                return null;
            case DialogMode.AskAccessCode when context.Text is not null && context.State.PendingAccount is { } pending:
                return CheckCode(context, channelKey, pending);
            case DialogMode.AskAccount or DialogMode.AskAccessCode:
                context.Say(context.State.Mode == DialogMode.AskAccount ? Address.Fill(BotText.Link_AskAccount, plans.Active.Address) : VietnameseFormat.Format(BotText.Link_AskCode, context.State.PendingAccount ?? ""));
                return null;
            default:
                context.State = context.State with { Mode = DialogMode.AskAccount, PendingAccount = null };
                context.Say(Address.Fill(BotText.Link_Welcome, plans.Active.Address));
                return null;
        }
    }

    private Official? CheckCode(TurnContext context, string channelKey, string account)
    {
        // Fresh reads inside the transaction: what the verdict was reached on must still hold.
        var official = officials.Find(account);
        var accountKey = AccessCodeLockout.AccountKey(account, official is not null);
        if (lockout.LockedUntil(accountKey, context.Now) is { } until)
        {
            Record(context, AuditKind.LinkFailed, official, "while the account is locked");
            context.State = context.State with { Mode = DialogMode.AskAccount, PendingAccount = null };
            context.Say(VietnameseFormat.Format(BotText.Link_AccountLocked, account, Local(until)));
            return null;
        }

        var check = context.LinkingCheck;
        if (check is not { Checked: true } || check.Account != account || check.StoredHash != official?.AccessCodeHash)
        {
            // The code was not verified against what is stored now (rare: a lock ended or the code changed meanwhile): ask again, counting nothing.
            context.Say(VietnameseFormat.Format(BotText.Link_AskCode, account));
            return null;
        }

        if (official is null || !check.Verified)
        {
            Fail(context, channelKey, accountKey, official, account);
            return null;
        }

        links.Save(new ChannelLink { Id = channelKey, ChannelId = context.Input.ChannelId, UserId = context.Input.UserId, OfficialAccount = official.Account, LinkedAt = context.Now });
        lockout.Succeed([channelKey, accountKey]);
        Record(context, AuditKind.Link, official, null);
        context.State = context.State with { Mode = DialogMode.Idle, PendingAccount = null };
        context.Say(Address.Format(plans.Active.Address, BotText.Link_Done, official.Account));
        return official;
    }

    private void Fail(TurnContext context, string channelKey, string accountKey, Official? official, string account)
    {
        var count = lockout.Fail([channelKey, accountKey], context.Now);
        Record(context, AuditKind.LinkFailed, official, official is null ? "unknown account" : "wrong access code");
        context.State = context.State with { Mode = DialogMode.AskAccount, PendingAccount = null };
        if (count.LockedUntil is not { } until)
        {
            context.Say(Address.Format(plans.Active.Address, BotText.Link_Wrong, count.RemainingTries));
            return;
        }

        var channelLocked = count.LockedKeys.Contains(channelKey);
        var what = channelLocked && count.LockedKeys.Contains(accountKey) ? "channel account and account" : channelLocked ? "channel account" : "account";
        Record(context, AuditKind.LockOut, official, $"{what} locked until {until:yyyy-MM-ddTHH:mm:ssZ}");
        context.Say(channelLocked
            ? VietnameseFormat.Format(BotText.Link_Locked, Local(until))
            : VietnameseFormat.Format(BotText.Link_AccountLocked, account, Local(until)));
    }

    private void Record(TurnContext context, AuditKind kind, Official? official, string? detail) => audit.Record(new AuditEntry
    {
        At = context.Now,
        Kind = kind,
        Account = official?.Account,
        ChannelId = context.Input.ChannelId,
        UserId = context.Input.UserId,
        Detail = detail,
    });

    private string Local(DateTime until) => VietnameseFormat.Instant(until, PlanClock.ZoneOf(plans.Active));
}
