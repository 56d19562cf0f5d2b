using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Notices;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Approvals;

/// <summary>
/// The notices of approvals: a submitted version's card for every approver above, its update once decided, and the
/// outcome for the unit's reporters; posted in the turn that caused them, rendered as they stand when delivered.
/// </summary>
internal sealed class ApprovalNotices(NoticeBoard board, INoticeStore notices, SubmittedReviews reviews, ApprovalChain chain) : INoticeRenderer
{
    public IReadOnlyCollection<NoticeKind> Kinds { get; } = [NoticeKind.ReviewSubmitted, NoticeKind.CardDecided, NoticeKind.ReviewDecided];

    /// <summary>An approval card (open, or with its outcome), or the outcome for a reporter.</summary>
    public Reply? Render(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (reviews.Find(notice.SubmissionId, notice.Version) is not { } review)
        {
            return null;
        }

        if (notice.Kind != NoticeKind.ReviewDecided)
        {
            return new Reply { Card = ApprovalCard.For(review) };
        }

        if (review.Decision is not { } decision)
        {
            return null;
        }

        var when = VietnameseFormat.Instant(decision.DecidedAt, PlanClock.ZoneOf(review.Form.Plan));
        var text = decision.Outcome == DecisionOutcome.Approved
            ? VietnameseFormat.Format(BotText.Notice_Approved, UnitName.InSentence(review.Unit), review.Version.Number, review.DeciderName ?? decision.DecidedBy, when)
            : VietnameseFormat.Format(BotText.Notice_Returned, UnitName.InSentence(review.Unit), review.Version.Number, review.DeciderName ?? decision.DecidedBy, when, decision.Reason ?? "", ApprovalCard.SectionTitles(review.Form, decision.Sections));
        return new Reply { Text = text, Suggestions = decision.Outcome == DecisionOutcome.Returned ? [BotText.Button_Resume] : [BotText.Button_Summary] };
    }

    /// <summary>A version was submitted: its card is owed to every approver above (inside the turn's transaction).</summary>
    public int PostSubmitted(Unit unit, SubmissionVersion version, DateTime now)
    {
        var approvers = chain.ApproversOf(unit);
        foreach (var approver in approvers)
        {
            board.Post(approver.Account, NoticeKind.ReviewSubmitted, version.SubmissionId, version.Number, now);
        }

        return approvers.Count;
    }

    /// <summary>A version was decided: every card of it is updated, and the unit's reporters are told.</summary>
    public void PostDecided(Unit unit, Decision decision, DateTime now)
    {
        var holders = notices.OfSubmission(decision.SubmissionId)
            .Where(notice => notice.Kind == NoticeKind.ReviewSubmitted && notice.Version == decision.Version)
            .Select(notice => notice.Account)
            .Distinct(StringComparer.Ordinal);
        foreach (var holder in holders)
        {
            board.Post(holder, NoticeKind.CardDecided, decision.SubmissionId, decision.Version, now);
        }

        foreach (var reporter in chain.ReportersOf(unit))
        {
            board.Post(reporter.Account, NoticeKind.ReviewDecided, decision.SubmissionId, decision.Version, now);
        }
    }

    /// <summary>Whether any approver has the card of this version yet.</summary>
    public bool AnyDelivered(string submissionId, int version) =>
        notices.OfSubmission(submissionId).Any(notice => notice.Kind == NoticeKind.ReviewSubmitted && notice.Version == version && notice.DeliveredAt is not null);
}
