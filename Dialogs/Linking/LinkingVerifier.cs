using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Dialogs.Linking;

/// <summary>
/// Verifies a typed access code before the turn's transaction, from committed reads: the conversation's state says
/// which account waits for its code. Turns of one conversation never run at once, so that state cannot change before
/// the turn; the official's hash can (an import), which the dialog checks again.
/// </summary>
internal sealed class LinkingVerifier(IChannelLinkStore links, IOfficialStore officials, AccessCodeLockout lockout, IAccessCodeVerifier verifier)
{
    /// <summary>The verdict for this turn, or null when the turn does not answer an access code question.</summary>
    public LinkingCheck? Prepare(TurnInput input, ConversationState? committed, DateTime now)
    {
        if (committed is not { Mode: DialogMode.AskAccessCode, PendingAccount: { } account }
            || string.IsNullOrWhiteSpace(input.Text)
            || (links.Find(ChannelLink.KeyOf(input.ChannelId, input.UserId)) is { } link && officials.Find(link.OfficialAccount) is not null))
        {
            return null;
        }

        var official = officials.Find(account);
        if (lockout.LockedUntil(AccessCodeLockout.ChannelKey(input.ChannelId, input.UserId), now) is not null
            || lockout.LockedUntil(AccessCodeLockout.AccountKey(account, official is not null), now) is not null)
        {
            return new LinkingCheck(account, official?.AccessCodeHash, Verified: false, Checked: false);
        }

        return new LinkingCheck(account, official?.AccessCodeHash, verifier.Verify(input.Text, official?.AccessCodeHash), Checked: true);
    }
}
