using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Linking;

/// <summary>Links an unknown channel account to an official: account name, then access code, with a lock-out.</summary>
internal sealed class LinkingDialog(
    IOfficialStore officials,
    IChannelLinkStore links,
    ILinkAttemptStore attempts,
    PlanCatalog plans)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    /// <summary>Runs the turn of an unlinked user; returns the official once linked, else null.</summary>
    public Official? Handle(TurnContext context)
    {
        var key = ChannelLink.KeyOf(context.Input.ChannelId, context.Input.UserId);
        if (attempts.Find(key) is { LockedUntil: { } until } && until > context.Now)
        {
            context.Say(VietnameseFormat.Format(BotText.Link_Locked, VietnameseFormat.Instant(until, PlanClock.ZoneOf(plans.Active))));
            return null;
        }

        switch (context.State.Mode)
        {
            case DialogMode.AskAccount when context.Text is { } account:
                context.State = context.State with { Mode = DialogMode.AskAccessCode, PendingAccount = account.Trim().ToLowerInvariant() };
                context.Say(VietnameseFormat.Format(BotText.Link_AskCode, context.State.PendingAccount));
                return null;
            case DialogMode.AskAccessCode when context.Text is { } code:
                return CheckCode(context, key, code);
            case DialogMode.AskAccount or DialogMode.AskAccessCode:
                context.Say(context.State.Mode == DialogMode.AskAccount ? BotText.Link_AskAccount : VietnameseFormat.Format(BotText.Link_AskCode, context.State.PendingAccount ?? ""));
                return null;
            default:
                context.State = context.State with { Mode = DialogMode.AskAccount, PendingAccount = null };
                context.Say(BotText.Link_Welcome);
                return null;
        }
    }

    private Official? CheckCode(TurnContext context, string key, string code)
    {
        var official = context.State.PendingAccount is { } account ? officials.Find(account) : null;
        if (official is null || !AccessCodeHasher.Verify(code, official.AccessCodeHash))
        {
            var failures = (attempts.Find(key)?.Failures ?? 0) + 1;
            context.State = context.State with { Mode = DialogMode.AskAccount, PendingAccount = null };
            if (failures >= MaxFailures)
            {
                var until = context.Now + LockOut;
                attempts.Save(new LinkAttempt { Id = key, Failures = 0, LockedUntil = until });
                context.Say(VietnameseFormat.Format(BotText.Link_Locked, VietnameseFormat.Instant(until, PlanClock.ZoneOf(plans.Active))));
            }
            else
            {
                attempts.Save(new LinkAttempt { Id = key, Failures = failures });
                context.Say(VietnameseFormat.Format(BotText.Link_Wrong, MaxFailures - failures));
            }

            return null;
        }

        links.Save(new ChannelLink { Id = key, ChannelId = context.Input.ChannelId, UserId = context.Input.UserId, OfficialAccount = official.Account, LinkedAt = context.Now });
        attempts.Delete(key);
        context.State = context.State with { Mode = DialogMode.Idle, PendingAccount = null };
        context.Say(VietnameseFormat.Format(BotText.Link_Done, official.Account));
        return official;
    }
}
