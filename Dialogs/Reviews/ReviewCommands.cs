using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>The commands that work anywhere in the review, each handed to what the official is doing.</summary>
internal sealed class ReviewCommands(ReviewGreeting greeting, AnsweringHandler answering, RecordHandler records, SummaryHandler summary)
{
    /// <summary>Whether a message that reads like a command is one here, or an answer (e.g. "xong" to a text question).</summary>
    public static bool Takes(ReviewTurn turn, Command command)
    {
        var state = turn.Context.State;
        var inRecords = state.Mode == DialogMode.Answering && turn.Current?.Question.Type == QuestionType.Records;
        return command.Kind switch
        {
            CommandKind.Add or CommandKind.Done => inRecords && state.RecordDraft is null,
            CommandKind.Keep => state.Mode == DialogMode.Answering && turn.Current is { } current && turn.Session.IsSettled(current),
            _ => true,
        };
    }

    public void Handle(ReviewTurn turn, Command command)
    {
        var context = turn.Context;
        switch (command.Kind)
        {
            case CommandKind.Help:
                context.Say(BotText.Help_Commands, [BotText.Button_Resume, BotText.Button_Progress]);
                ReviewSteps.AskAgain(turn);
                break;
            case CommandKind.Menu:
                greeting.Greet(context, turn.Official, turn.Session);
                break;
            case CommandKind.Progress:
                ProgressReport.Show(turn);
                break;
            case CommandKind.Summary:
                ReviewSteps.ShowSummary(turn, null);
                break;
            case CommandKind.Pause:
                context.State = context.State with { Mode = DialogMode.Idle, RecordDraft = null, RecordField = -1 };
                context.Say(BotText.Pause_Done, [BotText.Button_Resume]);
                break;
            case var _ when !turn.Session.IsEditable:
                context.Say(BotText.Error_AlreadySubmitted, [BotText.Button_Summary, BotText.Button_Help]);
                break;
            case CommandKind.Start or CommandKind.Resume:
                ReviewSteps.Resume(turn);
                break;
            case CommandKind.QuestionHelp:
                AnsweringHandler.Explain(turn);
                break;
            case CommandKind.Back when context.State.RecordDraft is not null:
                RecordHandler.Back(turn);
                break;
            case CommandKind.Back:
                AnsweringHandler.Back(turn);
                break;
            case CommandKind.Skip:
                answering.Skip(turn);
                break;
            case CommandKind.Keep:
                AnsweringHandler.Keep(turn);
                break;
            case CommandKind.Edit:
                EditingHandler.Start(turn, command.Section, command.Question);
                break;
            case CommandKind.Cancel:
                Cancel(turn);
                break;
            case CommandKind.Submit:
                summary.Submit(turn);
                break;
            case CommandKind.Add or CommandKind.Done:
                records.OnCommand(turn, command.Kind);
                break;
            default:
                // A command of another dialog (the engine hands "chờ duyệt" and "đôn đốc" to the approvals).
                ReviewSteps.StayAt(turn, BotText.Error_NotUnderstood);
                break;
        }
    }

    private static void Cancel(ReviewTurn turn)
    {
        var state = turn.Context.State;
        if (state.RecordDraft is not null && turn.Current is not null)
        {
            RecordHandler.Cancel(turn);
        }
        else if (state.Mode == DialogMode.ChoosingEdit || state.ReturnToSummary)
        {
            EditingHandler.Cancel(turn);
        }
        else
        {
            turn.Context.Say(BotText.Error_NothingToCancel);
            if (turn.Current is { } question && state.Mode == DialogMode.Answering)
            {
                ReviewSteps.Ask(turn, question);
            }
        }
    }
}
