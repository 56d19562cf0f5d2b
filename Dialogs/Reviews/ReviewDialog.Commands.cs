using System.Text;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Menu;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>The commands that work anywhere in the review.</summary>
internal sealed partial class ReviewDialog
{
    /// <summary>Whether a message that reads like a command is one here, or an answer (e.g. "xong" to a text question).</summary>
    private static bool TakesCommand(ReviewTurn turn, Command command)
    {
        var inRecords = turn.Context.State.Mode == DialogMode.Answering && turn.Current?.Question.Type == QuestionType.Records;
        return command.Kind switch
        {
            CommandKind.Add or CommandKind.Done => inRecords && turn.Context.State.RecordDraft is null,
            CommandKind.Keep => turn.Context.State.Mode == DialogMode.Answering && turn.Current is { } current && turn.Session.IsSettled(current),
            _ => true,
        };
    }

    private void OnCommand(ReviewTurn turn, Command command)
    {
        var context = turn.Context;
        var readOnly = !turn.Session.IsEditable;
        switch (command.Kind)
        {
            case CommandKind.Help:
                context.Say(BotText.Help_Commands, [BotText.Button_Resume, BotText.Button_Progress]);
                break;
            case CommandKind.Menu:
                Greet(context, turn.Official, turn.Session.Unit, turn.Session);
                break;
            case CommandKind.Progress:
                ShowProgress(turn);
                break;
            case CommandKind.Summary:
                ShowSummary(turn, null);
                break;
            case CommandKind.Pause:
                context.State = context.State with { Mode = DialogMode.Idle, RecordDraft = null, RecordField = -1 };
                context.Say(BotText.Pause_Done, [BotText.Button_Resume]);
                break;
            case var _ when readOnly:
                context.Say(BotText.Error_AlreadySubmitted, [BotText.Button_Summary, BotText.Button_Help]);
                break;
            case CommandKind.Start or CommandKind.Resume:
                Resume(turn);
                break;
            case CommandKind.QuestionHelp:
                OnQuestionHelp(turn);
                break;
            case CommandKind.Back:
                OnBack(turn);
                break;
            case CommandKind.Skip:
                OnSkip(turn);
                break;
            case CommandKind.Keep:
                context.Say(BotText.Answer_Kept);
                MoveOn(turn, turn.Current!);
                break;
            case CommandKind.Edit:
                OnEdit(turn, command.Section, command.Question);
                break;
            case CommandKind.Cancel:
                OnCancel(turn);
                break;
            case CommandKind.Submit:
                OnSubmit(turn);
                break;
            case CommandKind.Add or CommandKind.Done:
                OnRecordsCommand(turn, command.Kind);
                break;
        }
    }

    private static void OnQuestionHelp(ReviewTurn turn)
    {
        if (turn.Current is not { } current || turn.Context.State.Mode != DialogMode.Answering)
        {
            turn.Context.Say(BotText.Help_Commands);
            return;
        }

        turn.Context.Say(current.Question.Help ?? BotText.QuestionHelp_None, QuestionPrompt.Suggestions(current.Question, turn.Session.IsSettled(current)));
    }

    private static void OnBack(ReviewTurn turn)
    {
        if (turn.Context.State.RecordDraft is not null)
        {
            BackInRecord(turn);
            return;
        }

        var current = turn.Current ?? turn.Session.FirstUnsettled;
        var previous = current is null ? turn.Session.Form.Questions.LastOrDefault(turn.Session.IsOpen) : turn.Session.Before(current);
        if (previous is null)
        {
            turn.Context.Say(BotText.Error_FirstQuestion);
            if (current is not null)
            {
                Ask(turn, current);
            }

            return;
        }

        Ask(turn, previous, turn.Context.State.ReturnToSummary);
    }

    private void OnSkip(ReviewTurn turn)
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
        MoveOn(turn, current);
    }

    private static void OnCancel(ReviewTurn turn)
    {
        var state = turn.Context.State;
        if (state.RecordDraft is not null && turn.Current is { } current)
        {
            turn.Context.Say(VietnameseFormat.Format(BotText.Records_DraftCancelled, current.Question.ItemName ?? ""));
            turn.Context.State = state with { RecordDraft = null, RecordField = -1 };
            AskMoreRecords(turn, current);
        }
        else if (state.Mode == DialogMode.ChoosingEdit || state.ReturnToSummary)
        {
            turn.Context.Say(BotText.Edit_Cancelled);
            ShowSummary(turn, null);
        }
        else
        {
            turn.Context.Say(BotText.Error_NothingToCancel);
            if (turn.Current is { } question && state.Mode == DialogMode.Answering)
            {
                Ask(turn, question);
            }
        }
    }

    private static void ShowProgress(ReviewTurn turn)
    {
        var session = turn.Session;
        var text = new StringBuilder(VietnameseFormat.Format(BotText.Progress_Title, session.AnsweredCount, session.Form.Questions.Count, session.MissingRequired.Count));
        for (var s = 1; s <= session.Form.Sections.Count; s++)
        {
            var questions = session.Form.InSection(s).ToList();
            var answered = questions.Count(session.IsAnswered);
            var missing = questions.Where(q => q.Question.Required && !session.IsAnswered(q)).Select(q => q.Label).ToList();
            var template = missing.Count == 0 ? BotText.Progress_LineDone : BotText.Progress_Line;
            text.Append("\n- ").Append(VietnameseFormat.Format(template, s, session.Form.Sections[s - 1].Title, answered, questions.Count));
            if (missing.Count > 0)
            {
                text.Append(" · ").Append(VietnameseFormat.Format(BotText.Progress_Missing, string.Join(", ", missing)));
            }
        }

        turn.Context.Say(text.ToString(), session.IsEditable ? [BotText.Button_Resume, BotText.Button_Summary] : [BotText.Button_Summary]);
        if (turn.Context.State.Mode == DialogMode.Answering && turn.Context.State.RecordDraft is null && turn.Current is { } current)
        {
            Ask(turn, current, turn.Context.State.ReturnToSummary);
        }
    }
}
