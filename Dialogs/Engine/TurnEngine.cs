using Microsoft.Extensions.Logging;
using SoKetBot.Dialogs.Notices;
using SoKetBot.Dialogs.Approvals;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Linking;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Dialogs.Engine;

/// <summary>
/// Runs a turn in one transaction: who is talking, what they meant, what is stored, what is said back.
/// The answer and the conversation's new state are committed together before any reply leaves.
/// </summary>
internal sealed partial class TurnEngine(
    ITransactionScope transactions,
    IConversationStateStore states,
    IChannelLinkStore links,
    IOfficialStore officials,
    LinkingDialog linking,
    LinkingVerifier codes,
    ReviewDialog review,
    ApprovalDialog approvals,
    Reminders.ReminderDialog reminders,
    NoticeBoard notices,
    IConversationReferenceStore references,
    TimeProvider time,
    ILogger<TurnEngine> logger) : ITurnEngine
{
    public TurnResult Run(TurnInput input, Action<TurnResult>? inTransaction = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.IsGroup)
        {
            // A review belongs to one official: in a group, say so and keep nothing.
            return Kept(new TurnResult([new Reply { Text = BotText.Link_GroupChat }]), inTransaction);
        }

        if (TurnInputs.Refusal(input) is { } refusal)
        {
            return Kept(new TurnResult([refusal]), inTransaction);
        }

        input = TurnInputs.Clean(input);
        var key = ConversationState.KeyOf(input.ChannelId, input.ConversationId);
        var now = time.GetUtcNow().UtcDateTime;
        TurnContext? context = null;
        TurnResult? result = null;
        try
        {
            // PBKDF2 runs here, before the transaction: inside it, it would hold the process-wide write lock.
            var check = codes.Prepare(input, states.Find(key), now);
            transactions.Run(() =>
            {
                context = new TurnContext(input, states.Find(key) ?? new ConversationState { Id = key }, now) { LinkingCheck = check };
                Dispatch(context);
                states.Save(context.State with { UpdatedAt = now });
                result = new TurnResult(context.Replies) { OfficialAccount = context.Official?.Account, NoticesPosted = context.NoticesPosted };
                inTransaction?.Invoke(result);
            });
            if (context!.NoticesPosted)
            {
                notices.RaisePosted();
            }

            return result!;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The turn's transaction rolled back: the answers and the conversation's state are as before the message,
            // so the official is still at the same question and may simply send it again.
            LogTurnFailed(logger, exception, input.ChannelId, input.ConversationId);
            return new TurnResult([new Reply { Text = BotText.Common_SomethingWentWrong }]);
        }
    }

    // A turn that stores nothing of the dialog still tells the channel what it said, in a transaction of its own.
    private TurnResult Kept(TurnResult result, Action<TurnResult>? inTransaction)
    {
        if (inTransaction is not null)
        {
            transactions.Run(() => inTransaction(result));
        }

        return result;
    }

    private void Dispatch(TurnContext context)
    {
        var link = links.Find(ChannelLink.KeyOf(context.Input.ChannelId, context.Input.UserId));
        var official = link is null ? null : officials.Find(link.OfficialAccount);
        if (official is null)
        {
            official = linking.Handle(context);
            if (official is null)
            {
                return;
            }

            // Just linked: greet them as the official they are.
            context.State = context.State with { Mode = DialogMode.Idle };
            context.Official = official;
            RememberOfficial(context, official);
            review.Greet(context, official);
            notices.DeliverInTurn(context, official);
            return;
        }

        context.Official = official;
        RememberOfficial(context, official);
        switch (context.Message)
        {
            case Message.CardAction { Action: var action, Value: var value } when ApprovalDialog.IsDecision(action):
                approvals.Decide(context, official, action, value);
                break;
            case Message.CardAction { Action: Reminders.ReminderTexts.NudgeAction, Value: var value }:
                reminders.Nudge(context, official, value.GetValueOrDefault(Reminders.ReminderTexts.UnitKey));
                break;
            case Message.TypedCommand { Command.Kind: CommandKind.Pending }:
                approvals.ListPending(context, official);
                break;
            case Message.TypedCommand { Command.Kind: CommandKind.Nudge }:
                reminders.Nudge(context, official, null);
                break;
            default:
                review.Handle(context, official);
                if (context.Message is Message.Started && official.Has(OfficialRoles.Approver) && approvals.PendingCount(official) is > 0 and var pending)
                {
                    context.Say(VietnameseFormat.Format(BotText.Greeting_PendingApprovals, pending), [BotText.Button_Pending]);
                }

                break;
        }

        // Cards and outcomes owed to this official that no channel could deliver yet.
        notices.DeliverInTurn(context, official);
    }

    // The channel's conversation reference learns whose it is, so that cards and reminders find their way there.
    private void RememberOfficial(TurnContext context, Official official)
    {
        if (references.Find(context.State.Id) is { } reference && reference.OfficialAccount != official.Account)
        {
            references.Save(reference with { OfficialAccount = official.Account });
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in {ChannelId} conversation {ConversationId}; nothing of it was kept")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string channelId, string conversationId);
}
