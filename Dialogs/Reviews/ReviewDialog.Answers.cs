using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Understands an answer to the current question, stores it and moves on; or says why it does not fit.</summary>
internal sealed partial class ReviewDialog
{
    private void OnAnswer(ReviewTurn turn, string text)
    {
        if (turn.Current is not { } current)
        {
            Resume(turn);
            return;
        }

        if (!turn.Session.IsOpen(current))
        {
            turn.Context.Say(turn.Session.IsEditable ? VietnameseFormat.Format(BotText.Error_SectionClosed, current.Section) : BotText.Error_AlreadySubmitted);
            return;
        }

        if (current.Question.Type == QuestionType.Records)
        {
            OnRecordText(turn, current, text);
            return;
        }

        var read = AnswerReader.Read(current.Question, text);
        Accept(turn, current, read);
    }

    private void OnCardAction(ReviewTurn turn, string action, IReadOnlyDictionary<string, string> value)
    {
        if (action == CardActions.Submit)
        {
            OnSubmit(turn);
        }
        else if (action == CardActions.Edit)
        {
            OnEdit(turn, null, null);
        }
        else if (action == CardActions.Answer && turn.Session.Form.Find(value.GetValueOrDefault(CardActions.Question)) is { } question
                 && question.Id == turn.Context.State.QuestionId && turn.Session.IsOpen(question))
        {
            Accept(turn, question, AnswerReader.ReadCardChoices(question.Question, value.GetValueOrDefault(CardActions.Choices)));
        }
        else
        {
            // A button of an older card: say where the official is instead of acting on it.
            turn.Context.Say(BotText.Error_NotUnderstood);
            if (turn.Current is { } current && turn.Context.State.Mode == DialogMode.Answering)
            {
                Ask(turn, current, turn.Context.State.ReturnToSummary);
            }
        }
    }

    private void Accept(ReviewTurn turn, FormQuestion question, AnswerRead read)
    {
        if (read.Value is null)
        {
            // The reason, an example, and the same question again; nothing already kept is touched.
            turn.Context.Say(read.Error!, QuestionPrompt.Suggestions(question.Question, turn.Session.IsSettled(question)));
            return;
        }

        sessions.Save(turn.Session, question, read.Value, turn.Official, turn.Context.Now);
        turn.Context.Say(BotText.Answer_Saved + " " + AnswerText.Format(question.Question, read.Value));
        MoveOn(turn, question);
    }

    private void OnSubmit(ReviewTurn turn)
    {
        var missing = turn.Session.MissingRequired;
        if (missing.Count > 0)
        {
            var lines = string.Join("\n", missing.Select(question => $"- {question.Label}. {question.Question.Prompt}"));
            turn.Context.Say(VietnameseFormat.Format(BotText.Submit_MissingRequired, missing.Count, lines), [BotText.Button_Resume, BotText.Button_Progress]);
            return;
        }

        var version = sessions.Submit(turn.Session, turn.Official, turn.Context.Now);
        notices.PostSubmitted(turn.Session.Unit, version, turn.Context.Now);
        turn.Context.NoticesPosted = true;
        var zone = PlanClock.ZoneOf(turn.Session.Form.Plan);
        var timing = version.OnTime
            ? BotText.Submit_OnTime
            : VietnameseFormat.Format(BotText.Submit_Late, PlanClock.DaysLate(version.Deadline, version.SubmittedAt));
        turn.Context.State = turn.Context.State with { Mode = DialogMode.Idle, QuestionId = null, ReturnToSummary = false };
        turn.Context.Say(VietnameseFormat.Format(BotText.Submit_Done, version.Number, VietnameseFormat.Instant(version.SubmittedAt, zone), timing), [BotText.Button_Summary]);
    }

    private static void ShowSummary(ReviewTurn turn, string? intro)
    {
        if (intro is not null)
        {
            turn.Context.Say(intro);
        }

        turn.Context.Send(new Engine.Reply
        {
            Card = SummaryCard.For(turn.Session),
            Suggestions = turn.Session.IsEditable ? [BotText.Button_Submit, BotText.Button_Edit] : [BotText.Button_Help],
        });
        if (turn.Session.IsEditable)
        {
            turn.Context.State = turn.Context.State with { Mode = DialogMode.Reviewing, QuestionId = null, ReturnToSummary = false, RecordDraft = null, RecordField = -1 };
        }
    }
}
