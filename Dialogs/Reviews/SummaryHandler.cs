using SoKetBot.Dialogs.Approvals;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>At the summary: submit the report, or say what can be done there.</summary>
internal sealed class SummaryHandler(ReviewSessions sessions, ApprovalNotices notices)
{
    /// <summary>Text that is no command, typed at the summary.</summary>
    public static void OnText(ReviewTurn turn) =>
        turn.Context.Say(BotText.Error_NotUnderstood, [BotText.Button_Submit, BotText.Button_Edit, BotText.Button_Help]);

    /// <summary>"nộp": refused with the list of what is missing, or submitted and sent to the superiors.</summary>
    public void Submit(ReviewTurn turn)
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
}
