using System.Globalization;
using System.Text;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Choosing what to change: a section, then a question ("sửa", "sửa 3", "sửa 3.2"), then back to the summary.</summary>
internal static class EditingHandler
{
    /// <summary>"sửa", "sửa 3" or "sửa 3.2": the list of sections, of a section's questions, or the question itself.</summary>
    public static void Start(ReviewTurn turn, int? section, int? question)
    {
        var fromSummary = turn.Context.State.Mode == DialogMode.Reviewing || turn.Session.FirstUnsettled is null;
        if (section is null)
        {
            turn.Context.State = turn.Context.State with { Mode = DialogMode.ChoosingEdit, ReturnToSummary = fromSummary, EditSection = null, RecordDraft = null, RecordField = -1 };
            turn.Context.Say(BotText.Edit_ChooseSection, Enumerable.Range(1, turn.Session.Form.Sections.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)).Append(BotText.Button_Cancel).ToList());
            return;
        }

        var form = turn.Session.Form;
        if (section < 1 || section > form.Sections.Count)
        {
            turn.Context.Say(VietnameseFormat.Format(BotText.Error_UnknownSection, section, form.Sections.Count));
            return;
        }

        if (question is null)
        {
            ListSection(turn, section.Value, fromSummary);
            return;
        }

        if (form.At(section.Value, question.Value) is not { } target)
        {
            turn.Context.Say(VietnameseFormat.Format(BotText.Error_UnknownQuestion, $"{section}.{question}", section, form.SectionOf(form.InSection(section.Value).First()).Questions.Count));
            return;
        }

        if (!turn.Session.IsOpen(target))
        {
            turn.Context.Say(VietnameseFormat.Format(BotText.Error_SectionClosed, section));
            return;
        }

        turn.Context.State = turn.Context.State with { Mode = DialogMode.Idle, EditSection = null };
        ReviewSteps.Ask(turn, target, returnToSummary: true);
    }

    /// <summary>In <see cref="DialogMode.ChoosingEdit"/>: "3" (a section, or a question of the listed section) or "3.2".</summary>
    public static void OnTarget(ReviewTurn turn, string text)
    {
        if (EditTarget.Parse(text) is not { } chosen)
        {
            turn.Context.Say(BotText.Edit_ChooseSection);
            return;
        }

        // After a section was listed, a lone number is a question of that section.
        if (chosen.Question is null && turn.Context.State.EditSection is { } section)
        {
            Start(turn, section, chosen.Section);
            return;
        }

        Start(turn, chosen.Section, chosen.Question);
    }

    private static void ListSection(ReviewTurn turn, int section, bool fromSummary)
    {
        var form = turn.Session.Form;
        var text = new StringBuilder(VietnameseFormat.Format(BotText.Edit_ChooseQuestion, section, form.Sections[section - 1].Title));
        foreach (var question in form.InSection(section))
        {
            var answer = turn.Session.AnswerTo(question);
            var shown = answer is null ? BotText.Summary_Missing : AnswerText.Format(question.Question, answer.Value);
            text.Append("\n- ").Append(VietnameseFormat.Format(BotText.Edit_Line, question.Section, question.Number, question.Question.Prompt, Shorten(shown)));
        }

        turn.Context.State = turn.Context.State with
        {
            Mode = DialogMode.ChoosingEdit,
            QuestionId = null,
            EditSection = section,
            ReturnToSummary = fromSummary,
        };
        turn.Context.Say(text.ToString(), form.InSection(section).Select(q => q.Label).Append(BotText.Button_Cancel).ToList());
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "…");

    /// <summary>"hủy" while choosing, or while changing an answer from the summary: back to the summary.</summary>
    public static void Cancel(ReviewTurn turn)
    {
        turn.Context.Say(BotText.Edit_Cancelled);
        ReviewSteps.ShowSummary(turn, null);
    }
}
