using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>The steps every handler of the review takes: ask a question, move on, resume, show the summary.</summary>
internal static class ReviewSteps
{
    /// <summary>Asks a question, opening its section first when the walk enters it.</summary>
    public static void Ask(ReviewTurn turn, FormQuestion question, bool returnToSummary = false)
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
        if (question.Question.Type == QuestionType.MultiChoice)
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

    /// <summary>Asks the pending question again as it stands, when one is pending and no record is half entered.</summary>
    public static void AskAgain(ReviewTurn turn)
    {
        if (turn.Context.State is { Mode: DialogMode.Answering, RecordDraft: null } && turn.Current is { } current)
        {
            Ask(turn, current, turn.Context.State.ReturnToSummary);
        }
    }

    /// <summary>Says why nothing happened and, when a question is pending, asks it again as it stands.</summary>
    public static void StayAt(ReviewTurn turn, string reason)
    {
        turn.Context.Say(reason);
        AskAgain(turn);
    }

    /// <summary>Whether the question may be answered now; if not, says why.</summary>
    public static bool IsOpen(ReviewTurn turn, FormQuestion question)
    {
        if (turn.Session.IsOpen(question))
        {
            return true;
        }

        turn.Context.Say(turn.Session.IsEditable ? VietnameseFormat.Format(BotText.Error_SectionClosed, question.Section) : BotText.Error_AlreadySubmitted);
        return false;
    }

    /// <summary>After an answer, a skip or a kept answer: the next question in order, or the first one left, or the summary.</summary>
    public static void MoveOn(ReviewTurn turn, FormQuestion current)
    {
        var next = turn.Context.State.ReturnToSummary ? turn.Session.FirstUnsettled : turn.Session.After(current) ?? turn.Session.FirstUnsettled;
        if (next is null)
        {
            ShowSummary(turn, BotText.Summary_Intro);
            return;
        }

        Ask(turn, next, turn.Context.State.ReturnToSummary);
    }

    public static void Resume(ReviewTurn turn)
    {
        // A returned review walks the reopened sections again, every answer shown with "giữ nguyên".
        if (turn.Session.Submission.Status == SubmissionStatus.Returned)
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

    public static void ShowSummary(ReviewTurn turn, string? intro)
    {
        if (intro is not null)
        {
            turn.Context.Say(intro);
        }

        turn.Context.Send(new Reply
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
