using System.Text;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Menu;

/// <summary>Greets a linked official: who they are, the plan, the deadline, the progress, and what to do next.</summary>
internal static class Greeting
{
    /// <param name="address">The form of address of the active plan, for an official with no review of their own.</param>
    public static void Greet(TurnContext context, Official official, Unit? unit, ReviewSession? session, FormOfAddress address, bool cardUndelivered = false)
    {
        address = session?.Form.Plan.Address ?? address;
        var text = new StringBuilder(Address.Format(address, BotText.Greeting_Official, official.FullName, unit is null ? official.UnitCode : UnitName.InSentence(unit)));
        if (session is null)
        {
            text.Append("\n\n").Append(official.Has(OfficialRoles.Reporter) && unit is not null
                ? VietnameseFormat.Format(BotText.Greeting_NoLevel, UnitName.InSentence(unit))
                : BotText.Greeting_NotReporter);
            context.Say(text.ToString(), [BotText.Button_Help]);
            return;
        }

        var plan = session.Form.Plan;
        var zone = PlanClock.ZoneOf(plan);
        text.Append("\n\n").Append(VietnameseFormat.Format(BotText.Greeting_Plan, plan.Code, plan.Title));
        text.Append("\n\n").Append(VietnameseFormat.Format(
            BotText.Greeting_Deadline,
            VietnameseFormat.InSentence(session.Form.Level.Name),
            VietnameseFormat.Date(PlanClock.DeadlineDate(session.Form.Level, zone)),
            DaysLeftText(PlanClock.DaysLeft(session.Form.Level, context.Now, zone))));
        text.Append("\n\n").Append(StatusLine(session, zone));
        if (cardUndelivered)
        {
            text.Append(' ').Append(BotText.Greeting_NotDelivered);
        }

        context.Say(text.ToString(), Suggestions(session));
    }

    public static string DaysLeftText(int days) => days switch
    {
        > 0 => VietnameseFormat.Format(BotText.Deadline_DaysLeft, days),
        0 => BotText.Deadline_LastDay,
        _ => VietnameseFormat.Format(BotText.Deadline_Overdue, -days),
    };

    private static string StatusLine(ReviewSession session, TimeZoneInfo zone) => session.Submission.Status switch
    {
        SubmissionStatus.Submitted => VietnameseFormat.Format(BotText.Greeting_Submitted, VietnameseFormat.Instant(session.Submission.UpdatedAt, zone)),
        SubmissionStatus.Approved => BotText.Greeting_Approved,
        SubmissionStatus.Returned => VietnameseFormat.Format(BotText.Greeting_Returned, Approvals.ApprovalCard.SectionTitles(session.Form, session.Submission.ReopenedSections)),
        _ when session.AnsweredCount == 0 => BotText.Greeting_NotStarted,
        _ => VietnameseFormat.Format(BotText.Greeting_Progress, session.AnsweredCount, session.Form.Questions.Count),
    };

    private static IReadOnlyList<string> Suggestions(ReviewSession session) => session.IsEditable
        ? [session.Answers.Count == 0 ? BotText.Button_Start : BotText.Button_Resume, BotText.Button_Progress, BotText.Button_Help]
        : [BotText.Button_Summary, BotText.Button_Help];
}
