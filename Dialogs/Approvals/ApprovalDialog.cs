using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Approvals;

/// <summary>
/// Decisions from the card: "Phê duyệt", or "Trả lại" with a reason and the sections to revise; and "chờ duyệt".
/// Only an approver of the submitting unit's parent decides, on the current version, once.
/// </summary>
internal sealed partial class ApprovalDialog(
    PlanCatalog plans,
    IUnitStore units,
    ISubmissionStore submissions,
    IDecisionStore decisions,
    SubmittedReviews reviews,
    ApprovalChain chain,
    ApprovalNotices notices,
    ILogger<ApprovalDialog> logger)
{
    public static bool IsDecision(string action) => action is ApprovalCard.Approve or ApprovalCard.Return;

    public void Decide(TurnContext context, Official official, string action, IReadOnlyDictionary<string, string> value)
    {
        if (value.GetValueOrDefault(ApprovalCard.SubmissionKey) is not { } submissionId
            || !int.TryParse(value.GetValueOrDefault(ApprovalCard.VersionKey), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || submissions.Find(submissionId) is not { } submission
            || units.Find(submission.UnitCode) is not { } unit)
        {
            context.Say(BotText.Approval_UnknownSubmission);
            return;
        }

        if (!chain.MayDecide(official, unit))
        {
            LogRefused(logger, official.Account, action, submissionId, number);
            context.Say(Address.Format(plans.Active.Address, BotText.Approval_NotAllowed, UnitName.InSentence(unit), UnitName.InSentence(chain.DecidingUnit(unit))));
            return;
        }

        if (decisions.Find(SubmissionVersion.KeyOf(submissionId, number)) is { } earlier)
        {
            var review = reviews.Find(submissionId, number)!;
            context.Say(VietnameseFormat.Format(
                BotText.Approval_AlreadyDecided,
                number,
                review.DeciderName ?? earlier.DecidedBy,
                earlier.Outcome == DecisionOutcome.Approved ? BotText.Approval_OutcomeApproved : BotText.Approval_OutcomeReturned,
                VietnameseFormat.Instant(earlier.DecidedAt, PlanClock.ZoneOf(review.Form.Plan))));
            return;
        }

        if (submission.Version != number || submission.Status != SubmissionStatus.Submitted)
        {
            if (submission.Version > number && submission.Status == SubmissionStatus.Submitted && reviews.Find(submissionId, submission.Version) is { } current)
            {
                context.Say(VietnameseFormat.Format(BotText.Approval_Stale, number, submission.Version));
                context.Send(new Reply { Card = ApprovalCard.For(current) });
                context.CardsShown.Add(SubmissionVersion.KeyOf(submissionId, submission.Version));
            }
            else
            {
                context.Say(BotText.Approval_NotWaiting);
            }

            return;
        }

        var form = reviews.Find(submissionId, number)!.Form;
        var decision = new Decision
        {
            Id = SubmissionVersion.KeyOf(submissionId, number),
            SubmissionId = submissionId,
            Version = number,
            Outcome = action == ApprovalCard.Approve ? DecisionOutcome.Approved : DecisionOutcome.Returned,
            DecidedBy = official.Account,
            DecidedAt = context.Now,
        };
        if (decision.Outcome == DecisionOutcome.Returned)
        {
            var reason = value.GetValueOrDefault(ApprovalCard.Reason)?.Trim();
            var sections = (value.GetValueOrDefault(ApprovalCard.Sections) ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(id => form.Sections.Any(section => section.Id == id))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (string.IsNullOrEmpty(reason))
            {
                context.Say(BotText.Approval_NeedReason);
                return;
            }

            if (sections.Count == 0)
            {
                context.Say(BotText.Approval_NeedSections);
                return;
            }

            decision = decision with { Reason = reason, Sections = sections };
        }

        decisions.Save(decision);
        submissions.Save(submission with
        {
            Status = decision.Outcome == DecisionOutcome.Approved ? SubmissionStatus.Approved : SubmissionStatus.Returned,
            ReopenedSections = decision.Sections,
            UpdatedAt = context.Now,
        });
        notices.PostDecided(unit, decision, context.Now);
        context.NoticesPosted = true;
        LogDecided(logger, official.Account, decision.Outcome, submissionId, number);
        context.Say(decision.Outcome == DecisionOutcome.Approved
            ? VietnameseFormat.Format(BotText.Approval_Decided_Approve, UnitName.InSentence(unit), number)
            : VietnameseFormat.Format(BotText.Approval_Decided_Return, UnitName.InSentence(unit), number, ApprovalCard.SectionTitles(form, decision.Sections)));
    }

    /// <summary>"chờ duyệt": the submissions waiting for this approver, oldest first, each with its card.</summary>
    public void ListPending(TurnContext context, Official official)
    {
        var waiting = chain.DecidedBy(official)
            .Select(unit => submissions.Find(Submission.KeyOf(plans.Active.Id, unit.Code)))
            .Where(submission => submission is { Status: SubmissionStatus.Submitted })
            .Select(submission => reviews.Find(submission!.Id, submission.Version))
            .OfType<SubmittedReview>()
            .OrderBy(review => review.Version.SubmittedAt)
            .ToList();
        if (waiting.Count == 0)
        {
            context.Say(Address.Fill(BotText.Pending_None, plans.Active.Address), [BotText.Button_Help]);
            return;
        }

        var zone = PlanClock.ZoneOf(plans.Active);
        var text = new StringBuilder(Address.Format(plans.Active.Address, BotText.Pending_Title, waiting.Count));
        foreach (var review in waiting)
        {
            text.Append('\n').Append(VietnameseFormat.Format(BotText.Pending_Line, UnitName.AtStart(review.Unit), VietnameseFormat.Instant(review.Version.SubmittedAt, zone), review.Version.Number));
        }

        context.Say(text.ToString());
        foreach (var review in waiting)
        {
            context.Send(new Reply { Card = ApprovalCard.For(review) });
            context.CardsShown.Add(SubmissionVersion.KeyOf(review.Submission.Id, review.Version.Number));
        }
    }

    /// <summary>How many submissions wait for this approver (for the greeting).</summary>
    public int PendingCount(Official official) =>
        chain.DecidedBy(official).Count(unit => submissions.Find(Submission.KeyOf(plans.Active.Id, unit.Code)) is { Status: SubmissionStatus.Submitted });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a decision: {Account} may not {Action} submission {SubmissionId} version {Version}")]
    private static partial void LogRefused(ILogger logger, string account, string action, string submissionId, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Account} decided {Outcome} on submission {SubmissionId} version {Version}")]
    private static partial void LogDecided(ILogger logger, string account, DecisionOutcome outcome, string submissionId, int version);
}
