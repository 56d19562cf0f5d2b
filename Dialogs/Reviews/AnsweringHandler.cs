using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Answering the current question: understands the answer, stores it and moves on, or says why it does not fit.</summary>
internal sealed class AnsweringHandler(ReviewSessions sessions)
{
    public void OnText(ReviewTurn turn, string text)
    {
        if (turn.Current is not { } current)
        {
            ReviewSteps.Resume(turn);
            return;
        }

        if (ReviewSteps.IsOpen(turn, current))
        {
            Accept(turn, current, AnswerReader.Read(current.Question, text));
        }
    }

    /// <summary>The ticked boxes of a choice card, checked like a typed answer.</summary>
    public void OnCardAnswer(ReviewTurn turn, string? questionId, string? choices)
    {
        var state = turn.Context.State;
        if (state.Mode != DialogMode.Answering || turn.Current is not { } current)
        {
            turn.Context.Say(BotText.Card_NoPendingQuestion, [BotText.Button_Resume, BotText.Button_Help]);
            return;
        }

        if (questionId != current.Id)
        {
            // A button of an older card: say where the official is instead of acting on it.
            ReviewSteps.StayAt(turn, VietnameseFormat.Format(BotText.Card_NotPendingQuestion, current.Label));
            return;
        }

        if (!ReviewSteps.IsOpen(turn, current))
        {
            return;
        }

        if (current.Question.Type is not (QuestionType.Choice or QuestionType.MultiChoice) || state.RecordDraft is not null)
        {
            ReviewSteps.StayAt(turn, VietnameseFormat.Format(BotText.Card_TypeTheAnswer, current.Label));
            return;
        }

        Accept(turn, current, AnswerReader.ReadCardChoices(current.Question, choices));
    }

    public void Skip(ReviewTurn turn)
    {
        if (turn.Context.State.Mode != DialogMode.Answering || turn.Current is not { } current)
        {
            turn.Context.Say(BotText.Error_NotUnderstood);
            return;
        }

        if (current.Question.Required)
        {
            turn.Context.Say(VietnameseFormat.Format(BotText.Error_SkipRequired, current.Label), QuestionPrompt.Suggestions(current.Question, turn.Session.IsSettled(current)));
            return;
        }

        sessions.Save(turn.Session, current, new AnswerValue(), turn.Official, turn.Context.Now);
        turn.Context.Say(VietnameseFormat.Format(BotText.Skip_Done, current.Label));
        ReviewSteps.MoveOn(turn, current);
    }

    /// <summary>"giữ nguyên": the answer already kept stays, and the walk moves on.</summary>
    public static void Keep(ReviewTurn turn)
    {
        turn.Context.Say(BotText.Answer_Kept);
        ReviewSteps.MoveOn(turn, turn.Current!);
    }

    /// <summary>The question before the current one (or the last one open), with its answer.</summary>
    public static void Back(ReviewTurn turn)
    {
        var current = turn.Current ?? turn.Session.FirstUnsettled;
        var previous = current is null ? turn.Session.Form.Questions.LastOrDefault(turn.Session.IsOpen) : turn.Session.Before(current);
        if (previous is null)
        {
            turn.Context.Say(BotText.Error_FirstQuestion);
            if (current is not null)
            {
                ReviewSteps.Ask(turn, current);
            }

            return;
        }

        ReviewSteps.Ask(turn, previous, turn.Context.State.ReturnToSummary);
    }

    /// <summary>"giải thích": the question's help, then the question again below it, so nobody has to scroll up.</summary>
    public static void Explain(ReviewTurn turn)
    {
        if (turn.Current is not { } current || turn.Context.State.Mode != DialogMode.Answering)
        {
            turn.Context.Say(BotText.Help_Commands);
            return;
        }

        turn.Context.Say(current.Question.Help ?? BotText.QuestionHelp_None);
        ReviewSteps.AskAgain(turn);
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
        ReviewSteps.MoveOn(turn, question);
    }
}
