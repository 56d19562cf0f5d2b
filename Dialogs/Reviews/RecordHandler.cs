using System.Text;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Adding records to a repeated question (the nominees): a short sub-form per record, "thêm" for another, "xong" to end.</summary>
internal sealed class RecordHandler(ReviewSessions sessions)
{
    /// <summary>"thêm" or "xong" between records.</summary>
    public void OnCommand(ReviewTurn turn, CommandKind kind)
    {
        var current = turn.Current!;
        var records = RecordsOf(turn, current);
        if (kind == CommandKind.Add)
        {
            if (current.Question.MaxRecords is { } max && records.Count >= max)
            {
                turn.Context.Say(VietnameseFormat.Format(BotText.Records_Full, current.Question.ItemName ?? "", max), [BotText.Button_Done]);
                return;
            }

            turn.Context.State = turn.Context.State with { RecordDraft = new Dictionary<string, string>(StringComparer.Ordinal), RecordField = 0 };
            turn.Context.Say(VietnameseFormat.Format(BotText.Records_Start, current.Question.ItemName ?? "", records.Count + 1));
            AskField(turn, current);
            return;
        }

        if (records.Count == 0 && current.Question.Required)
        {
            turn.Context.Say(VietnameseFormat.Format(BotText.Records_NeedOne, current.Question.ItemName ?? ""), [BotText.Button_Add]);
            return;
        }

        if (records.Count == 0)
        {
            // "xong" with nothing entered on an optional records question is a skip, kept as one.
            sessions.Save(turn.Session, current, new AnswerValue(), turn.Official, turn.Context.Now);
        }

        ReviewSteps.MoveOn(turn, current);
    }

    /// <summary>The answer to the field being asked; between records, the choice of adding another or ending.</summary>
    public void OnText(ReviewTurn turn, string text)
    {
        var current = turn.Current!;
        if (!ReviewSteps.IsOpen(turn, current))
        {
            return;
        }

        var state = turn.Context.State;
        if (state.RecordDraft is not { } draft || current.Question.Fields is not { } fields)
        {
            AskMore(turn, current);
            return;
        }

        var field = fields[state.RecordField];
        var read = AnswerReader.ReadField(field, text);
        if (read.Value is null)
        {
            turn.Context.Say(read.Error!);
            return;
        }

        var filled = new Dictionary<string, string>(draft, StringComparer.Ordinal) { [field.Id] = read.Value };
        if (state.RecordField + 1 < fields.Count)
        {
            turn.Context.State = state with { RecordDraft = filled, RecordField = state.RecordField + 1 };
            AskField(turn, current);
            return;
        }

        var records = RecordsOf(turn, current).Append(filled).ToList();
        sessions.Save(turn.Session, current, new AnswerValue { Records = records }, turn.Official, turn.Context.Now);
        turn.Context.State = state with { RecordDraft = null, RecordField = -1 };
        turn.Context.Say(VietnameseFormat.Format(BotText.Records_Saved, current.Question.ItemName ?? "", records.Count, AnswerText.Record(current.Question, filled)));
        AskMore(turn, current);
    }

    /// <summary>"quay lại" inside a record: the field before, or out of the record from its first field.</summary>
    public static void Back(ReviewTurn turn)
    {
        var current = turn.Current!;
        if (turn.Context.State.RecordField > 0)
        {
            turn.Context.State = turn.Context.State with { RecordField = turn.Context.State.RecordField - 1 };
            AskField(turn, current);
            return;
        }

        Cancel(turn);
    }

    /// <summary>"hủy" inside a record: the half-entered record is dropped, the ones kept stay.</summary>
    public static void Cancel(ReviewTurn turn)
    {
        var current = turn.Current!;
        turn.Context.Say(VietnameseFormat.Format(BotText.Records_DraftCancelled, current.Question.ItemName ?? ""));
        turn.Context.State = turn.Context.State with { RecordDraft = null, RecordField = -1 };
        AskMore(turn, current);
    }

    private static void AskField(ReviewTurn turn, FormQuestion current)
    {
        var fields = current.Question.Fields!;
        var field = fields[turn.Context.State.RecordField];
        var text = new StringBuilder(VietnameseFormat.Format(BotText.Records_Field, turn.Context.State.RecordField + 1, fields.Count, field.Prompt));
        if (field.Type == QuestionType.Choice)
        {
            for (var i = 0; i < field.Choices!.Count; i++)
            {
                text.Append('\n').Append(VietnameseFormat.Format(BotText.Choice_Line, i + 1, field.Choices[i]));
            }
        }

        text.Append("\n\n_").Append(QuestionPrompt.Expectation(field)).Append('_');
        turn.Context.Say(text.ToString(), [.. QuestionPrompt.Suggestions(field, answered: false), BotText.Button_Back, BotText.Button_Cancel]);
    }

    private static void AskMore(ReviewTurn turn, FormQuestion current)
    {
        var records = RecordsOf(turn, current);
        var item = current.Question.ItemName ?? "";
        turn.Context.Say(
            records.Count == 0 && current.Question.Required ? VietnameseFormat.Format(BotText.Records_NeedOne, item) : VietnameseFormat.Format(BotText.Records_AskMore, records.Count, item),
            [BotText.Button_Add, BotText.Button_Done]);
    }

    private static IReadOnlyList<Dictionary<string, string>> RecordsOf(ReviewTurn turn, FormQuestion question) =>
        turn.Session.AnswerTo(question)?.Value.Records ?? [];
}
