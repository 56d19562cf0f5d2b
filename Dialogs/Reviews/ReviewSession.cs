using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>One unit's review as this turn sees it: the form, the submission and the current answers.</summary>
internal sealed class ReviewSession(ReviewForm form, Unit unit, Submission submission, Dictionary<string, Answer> answers)
{
    public ReviewForm Form { get; } = form;

    public Unit Unit { get; } = unit;

    public Submission Submission { get; private set; } = submission;

    /// <summary>The submission is in the file (found there, or saved with a first answer).</summary>
    public bool IsStored { get; set; }

    /// <summary>Reporters may change answers while the review is a draft, or in the reopened sections of a returned one.</summary>
    public bool IsEditable => Submission.Status is SubmissionStatus.Draft or SubmissionStatus.Returned;

    public bool IsOpen(FormQuestion question) =>
        Submission.Status == SubmissionStatus.Draft
        || (Submission.Status == SubmissionStatus.Returned
            && (Submission.ReopenedSections.Count == 0 || Submission.ReopenedSections.Contains(Form.SectionOf(question).Id)));

    public Answer? AnswerTo(FormQuestion question) => answers.GetValueOrDefault(question.Id);

    /// <summary>Answered with a value (a skipped optional question is not answered).</summary>
    public bool IsAnswered(FormQuestion question) => AnswerTo(question) is { } answer && !answer.Value.IsEmpty();

    /// <summary>Answered or deliberately skipped: the walk does not stop there again.</summary>
    public bool IsSettled(FormQuestion question) => answers.ContainsKey(question.Id);

    public int AnsweredCount => Form.Questions.Count(IsAnswered);

    public IReadOnlyList<FormQuestion> MissingRequired =>
        Form.Questions.Where(question => question.Question.Required && !IsAnswered(question)).ToList();

    public FormQuestion? FirstUnsettled => Form.Questions.FirstOrDefault(question => IsOpen(question) && !IsSettled(question));

    public FormQuestion? After(FormQuestion question) =>
        Form.Questions.Skip(question.Ordinal + 1).FirstOrDefault(IsOpen);

    public FormQuestion? Before(FormQuestion question) =>
        Form.Questions.Take(question.Ordinal).LastOrDefault(IsOpen);

    public FormQuestion? FirstOpen => Form.Questions.FirstOrDefault(IsOpen);

    internal void Remember(Answer answer) => answers[answer.QuestionId] = answer;

    internal void Replace(Submission changed) => Submission = changed;

    internal IReadOnlyDictionary<string, Answer> Answers => answers;
}
