using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Loads a unit's review for the active plan and writes its answers and submissions.</summary>
internal sealed class ReviewSessions(
    PlanCatalog plans,
    ReviewForms forms,
    IUnitStore units,
    ISubmissionStore submissions,
    ISubmissionVersionStore versions,
    IAnswerStore answers)
{
    public Plan ActivePlan => plans.Active;

    /// <summary>The review of the official's unit, or null when the active plan does not ask that unit's level.</summary>
    public ReviewSession? Load(Official official, DateTime now)
    {
        if (units.Find(official.UnitCode) is not { } unit || forms.For(plans.Active, unit.Level) is not { } form)
        {
            return null;
        }

        var id = Submission.KeyOf(plans.Active.Id, unit.Code);
        var stored = submissions.Find(id);
        var submission = stored ?? new Submission { Id = id, PlanId = plans.Active.Id, UnitCode = unit.Code, UpdatedAt = now };
        var current = answers.OfSubmission(id).ToDictionary(answer => answer.QuestionId, StringComparer.Ordinal);
        return new ReviewSession(form, unit, submission, current) { IsStored = stored is not null };
    }

    public Unit? UnitOf(Official official) => units.Find(official.UnitCode);

    /// <summary>Keeps an answer (an empty value records a skip); called inside the turn's transaction.</summary>
    public void Save(ReviewSession session, FormQuestion question, AnswerValue value, Official by, DateTime now)
    {
        var answer = new Answer
        {
            Id = Answer.KeyOf(session.Submission.Id, question.Id),
            SubmissionId = session.Submission.Id,
            QuestionId = question.Id,
            Value = value,
            AnsweredBy = by.Account,
            AnsweredAt = now,
        };
        answers.Save(answer);
        // Submissions are never deleted: once found, there is no need to look again.
        if (!session.IsStored && submissions.Find(session.Submission.Id) is null)
        {
            submissions.Save(session.Submission);
        }

        session.IsStored = true;

        session.Remember(answer);
    }

    /// <summary>Freezes the current answers as a new version and marks the review submitted.</summary>
    public SubmissionVersion Submit(ReviewSession session, Official by, DateTime now)
    {
        var number = session.Submission.Version + 1;
        var version = new SubmissionVersion
        {
            Id = SubmissionVersion.KeyOf(session.Submission.Id, number),
            SubmissionId = session.Submission.Id,
            Number = number,
            SubmittedBy = by.Account,
            SubmittedAt = now,
            Deadline = session.Form.Level.Deadline,
            // In the form's order, whatever order the store returned them in.
            Answers = session.Answers.Values
                .Where(answer => !answer.Value.IsEmpty())
                .OrderBy(answer => session.Form.Find(answer.QuestionId)?.Ordinal ?? int.MaxValue)
                .ThenBy(answer => answer.QuestionId, StringComparer.Ordinal)
                .ToDictionary(answer => answer.QuestionId, answer => answer.Value, StringComparer.Ordinal),
        };
        versions.Save(version);
        var submitted = session.Submission with { Status = SubmissionStatus.Submitted, Version = number, ReopenedSections = [], UpdatedAt = now };
        submissions.Save(submitted);
        session.Replace(submitted);
        return version;
    }

    public SubmissionVersion? LastVersion(ReviewSession session) =>
        session.Submission.Version == 0 ? null : versions.Find(SubmissionVersion.KeyOf(session.Submission.Id, session.Submission.Version));
}
