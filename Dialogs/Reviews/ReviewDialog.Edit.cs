using System.Globalization;
using System.Text;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>"sửa": choose a section and a question to change, or go straight to one ("sửa 3.2").</summary>
internal sealed partial class ReviewDialog
{
    private static void OnEdit(ReviewTurn turn, int? section, int? question)
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
        Ask(turn, target, returnToSummary: true);
    }

    /// <summary>In <see cref="DialogMode.ChoosingEdit"/>: "3" (a section, or a question of the listed section) or "3.2".</summary>
    private static void OnEditTarget(ReviewTurn turn, string text)
    {
        var target = CommandParser.Parse("sua " + text);
        if (target is not { Kind: CommandKind.Edit, Section: not null })
        {
            turn.Context.Say(BotText.Edit_ChooseSection);
            return;
        }

        // After a section was listed, a lone number is a question of that section.
        if (target.Question is null && turn.Context.State.EditSection is { } section)
        {
            OnEdit(turn, section, target.Section);
            return;
        }

        OnEdit(turn, target.Section, target.Question);
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
}
