using System.Text;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>"tiến độ": what is answered in each section and which required questions are left.</summary>
internal static class ProgressReport
{
    public static void Show(ReviewTurn turn)
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
        ReviewSteps.AskAgain(turn);
    }
}
