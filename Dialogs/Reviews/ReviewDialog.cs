using SoKetBot.Dialogs.Approvals;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Menu;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Walks a linked official through the unit's review, question by question, and takes the submission.</summary>
internal sealed partial class ReviewDialog(ReviewSessions sessions, ApprovalNotices notices)
{
    public void Handle(TurnContext context, Official official)
    {
        var session = official.Has(OfficialRoles.Reporter) ? sessions.Load(official, context.Now) : null;
        if (session is null && context.Input is { Kind: TurnKind.Message, Value.Count: > 0 })
        {
            // Review buttons pressed by someone who has no review here: nothing to act on.
            context.Say(BotText.Card_UnknownAction, [BotText.Button_Help]);
            return;
        }

        if (session is null || context.Input.Kind == TurnKind.ConversationStarted)
        {
            Greet(context, official, sessions.UnitOf(official), session);
            return;
        }

        var turn = new ReviewTurn(context, official, session);
        if (context.Input.Value is { } value && value.TryGetValue(CardActions.Action, out var action))
        {
            OnCardAction(turn, action, value);
            return;
        }

        if (context.Text is not { } text)
        {
            if (context.Input.Value is { Count: > 0 })
            {
                StayAt(turn, BotText.Card_UnknownAction);
                return;
            }

            Greet(context, official, session.Unit, session);
            return;
        }

        if (CommandParser.Parse(text) is { } command && TakesCommand(turn, command))
        {
            OnCommand(turn, command);
            return;
        }

        switch (context.State.Mode)
        {
            case DialogMode.Answering:
                OnAnswer(turn, text);
                break;
            case DialogMode.ChoosingEdit:
                OnEditTarget(turn, text);
                break;
            case DialogMode.Reviewing:
                context.Say(BotText.Error_NotUnderstood, [BotText.Button_Submit, BotText.Button_Edit, BotText.Button_Help]);
                break;
            default:
                Greet(context, official, session.Unit, session);
                break;
        }
    }

    public void Greet(TurnContext context, Official official)
    {
        var session = official.Has(OfficialRoles.Reporter) ? sessions.Load(official, context.Now) : null;
        Greet(context, official, sessions.UnitOf(official), session);
    }

    // The greeting, saying so when no superior has the submitted card yet (none has opened a conversation).
    private void Greet(TurnContext context, Official official, Storage.Organisation.Unit? unit, ReviewSession? session) =>
        Greeting.Greet(context, official, unit, session, session is { Submission: { Status: Storage.Reviews.SubmissionStatus.Submitted } submission }
            && !notices.AnyDelivered(submission.Id, submission.Version));

    /// <summary>Asks a question, opening its section first when the walk enters it.</summary>
    private static void Ask(ReviewTurn turn, FormQuestion question, bool returnToSummary = false)
    {
        var form = turn.Session.Form;
        var previous = form.Find(turn.Context.State.QuestionId);
        if (previous is null || previous.Section != question.Section || turn.Context.State.Mode != DialogMode.Answering)
        {
            turn.Context.Say(QuestionPrompt.SectionIntro(form, question));
        }

        var answer = turn.Session.AnswerTo(question);
        var shown = answer is null ? null : AnswerText.Format(question.Question, answer.Value);
        turn.Context.Say(QuestionPrompt.Text(form, question, shown), QuestionPrompt.Suggestions(question.Question, answer is not null));
        if (question.Question.Type == Storage.Plans.QuestionType.MultiChoice)
        {
            turn.Context.Send(new Reply { Card = ChoiceCard.For(question) });
        }

        turn.Context.State = turn.Context.State with
        {
            Mode = DialogMode.Answering,
            QuestionId = question.Id,
            ReturnToSummary = returnToSummary,
            RecordDraft = null,
            RecordField = -1,
        };
    }

    /// <summary>After an answer, a skip or a kept answer: the next question in order, or the first one left, or the summary.</summary>
    private static void MoveOn(ReviewTurn turn, FormQuestion current)
    {
        var next = turn.Context.State.ReturnToSummary ? turn.Session.FirstUnsettled : turn.Session.After(current) ?? turn.Session.FirstUnsettled;
        if (next is null)
        {
            ShowSummary(turn, BotText.Summary_Intro);
            return;
        }

        Ask(turn, next, turn.Context.State.ReturnToSummary);
    }

    private static void Resume(ReviewTurn turn)
    {
        // A returned review walks the reopened sections again, every answer shown with "giữ nguyên".
        if (turn.Session.Submission.Status == Storage.Reviews.SubmissionStatus.Returned)
        {
            var at = turn.Session.Form.Find(turn.Context.State.QuestionId) is { } last && turn.Session.IsOpen(last) ? last : turn.Session.FirstOpen;
            if (at is not null && turn.Context.State.Mode != DialogMode.Reviewing)
            {
                Ask(turn, at);
                return;
            }
        }

        if (turn.Session.FirstUnsettled is { } next)
        {
            Ask(turn, next);
        }
        else
        {
            ShowSummary(turn, BotText.Summary_Intro);
        }
    }
}
