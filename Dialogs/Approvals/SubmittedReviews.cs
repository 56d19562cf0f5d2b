using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Approvals;

/// <summary>Reads what an approval card shows for a submitted version, as it stands now.</summary>
internal sealed class SubmittedReviews(
    PlanCatalog plans,
    ReviewForms forms,
    IUnitStore units,
    IOfficialStore officials,
    ISubmissionStore submissions,
    ISubmissionVersionStore versions,
    IDecisionStore decisions)
{
    public SubmittedReview? Find(string submissionId, int number)
    {
        if (submissions.Find(submissionId) is not { } submission
            || versions.Find(SubmissionVersion.KeyOf(submissionId, number)) is not { } version
            || plans.Find(submission.PlanId) is not { } plan
            || units.Find(submission.UnitCode) is not { } unit
            || forms.For(plan, unit.Level) is not { } form)
        {
            return null;
        }

        var decision = decisions.Find(SubmissionVersion.KeyOf(submissionId, number));
        var previous = number > 1 && decisions.Find(SubmissionVersion.KeyOf(submissionId, number - 1)) is { Outcome: DecisionOutcome.Returned }
            ? versions.Find(SubmissionVersion.KeyOf(submissionId, number - 1))
            : null;
        return new SubmittedReview(
            form,
            unit,
            submission,
            version,
            officials.Find(version.SubmittedBy)?.FullName ?? version.SubmittedBy,
            previous,
            decision,
            decision is null ? null : officials.Find(decision.DecidedBy)?.FullName ?? decision.DecidedBy);
    }
}
