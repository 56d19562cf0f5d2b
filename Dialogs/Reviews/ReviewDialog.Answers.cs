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

    // A card's data is checked like typed input: the same rules as the typed commands, and the conversation stays put.
    private void OnCardAction(ReviewTurn turn, string action, IReadOnlyDictionary<string, string> value)
    {
        switch (action)
        {
            case CardActions.Submit or CardActions.Edit when !turn.Session.IsEditable:
                // An old summary card of a report that waits for approval or is approved: as "nộp" or "sửa" typed.
                turn.Context.Say(BotText.Error_AlreadySubmitted, [BotText.Button_Summary, BotText.Button_Help]);
                break;
            case CardActions.Submit:
                OnSubmit(turn);
                break;
            case CardActions.Edit:
                OnEdit(turn, null, null);
                break;
            case CardActions.Answer:
                OnCardAnswer(turn, value.GetValueOrDefault(CardActions.Question), value.GetValueOrDefault(CardActions.Choices));
                break;
            default:
                StayAt(turn, BotText.Card_UnknownAction);
                break;
        }
    }

    private void OnCardAnswer(ReviewTurn turn, string? questionId, string? choices)
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
            StayAt(turn, VietnameseFormat.Format(BotText.Card_NotPendingQuestion, current.Label));
            return;
        }

        if (!turn.Session.IsOpen(current))
        {
            turn.Context.Say(turn.Session.IsEditable ? VietnameseFormat.Format(BotText.Error_SectionClosed, current.Section) : BotText.Error_AlreadySubmitted);
            return;
        }

        if (current.Question.Type is not (QuestionType.Choice or QuestionType.MultiChoice) || state.RecordDraft is not null)
        {
            StayAt(turn, VietnameseFormat.Format(BotText.Card_TypeTheAnswer, current.Label));
            return;
        }

        Accept(turn, current, AnswerReader.ReadCardChoices(current.Question, choices));
    }

    /// <summary>Says why nothing happened and, when a question is pending, asks it again as it stands.</summary>
    private static void StayAt(ReviewTurn turn, string reason)
    {
        turn.Context.Say(reason);
        if (turn.Context.State is { Mode: DialogMode.Answering, RecordDraft: null } && turn.Current is { } current)
        {
            Ask(turn, current, turn.Context.State.ReturnToSummary);
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
