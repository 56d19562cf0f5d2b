using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>
/// Walks a linked official through the unit's review. The engine has decided what the message is; this routes it to
/// the handler of what the official is doing: answering, adding a record, choosing what to edit, or at the summary.
/// </summary>
internal sealed class ReviewDialog(
    ReviewSessions sessions,
    ReviewGreeting greeting,
    ReviewCommands commands,
    AnsweringHandler answering,
    RecordHandler records,
    SummaryHandler summary)
{
    public void Handle(TurnContext context, Official official)
    {
        var session = official.Has(OfficialRoles.Reporter) ? sessions.Load(official, context.Now) : null;
        if (session is null)
        {
            if (context.Message is Message.CardAction or Message.UnknownCard)
            {
                // Review buttons pressed by someone who has no review here: nothing to act on.
                context.Say(BotText.Card_UnknownAction, [BotText.Button_Help]);
                return;
            }

            greeting.Greet(context, official, null);
            return;
        }

        var turn = new ReviewTurn(context, official, session);
        switch (context.Message)
        {
            case Message.CardAction card:
                OnCardAction(turn, card);
                break;
            case Message.UnknownCard:
                ReviewSteps.StayAt(turn, BotText.Card_UnknownAction);
                break;
            case Message.TypedCommand typed when ReviewCommands.Takes(turn, typed.Command):
                commands.Handle(turn, typed.Command);
                break;
            case Message.TypedCommand typed:
                OnText(turn, typed.Text);
                break;
            case Message.TypedText typed:
                OnText(turn, typed.Text);
                break;
            default:
                greeting.Greet(context, official, session);
                break;
        }
    }

    /// <summary>The greeting of an official who has just linked.</summary>
    public void Greet(TurnContext context, Official official) =>
        greeting.Greet(context, official, official.Has(OfficialRoles.Reporter) ? sessions.Load(official, context.Now) : null);

    private void OnText(ReviewTurn turn, string text)
    {
        switch (turn.Context.State.Mode)
        {
            case DialogMode.Answering when turn.Current?.Question.Type == QuestionType.Records:
                records.OnText(turn, text);
                break;
            case DialogMode.Answering:
                answering.OnText(turn, text);
                break;
            case DialogMode.ChoosingEdit:
                EditingHandler.OnTarget(turn, text);
                break;
            case DialogMode.Reviewing:
                SummaryHandler.OnText(turn);
                break;
            default:
                greeting.Greet(turn.Context, turn.Official, turn.Session);
                break;
        }
    }

    // A card's data is checked like typed input: the same rules as the typed commands, and the conversation stays put.
    private void OnCardAction(ReviewTurn turn, Message.CardAction card)
    {
        switch (card.Action)
        {
            case CardActions.Submit or CardActions.Edit when !turn.Session.IsEditable:
                // An old summary card of a report that waits for approval or is approved: as "nộp" or "sửa" typed.
                turn.Context.Say(BotText.Error_AlreadySubmitted, [BotText.Button_Summary, BotText.Button_Help]);
                break;
            case CardActions.Submit:
                summary.Submit(turn);
                break;
            case CardActions.Edit:
                EditingHandler.Start(turn, null, null);
                break;
            case CardActions.Answer:
                answering.OnCardAnswer(turn, card.Value.GetValueOrDefault(CardActions.Question), card.Value.GetValueOrDefault(CardActions.Choices));
                break;
            default:
                ReviewSteps.StayAt(turn, BotText.Card_UnknownAction);
                break;
        }
    }
}
