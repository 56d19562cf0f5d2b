using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>A question in its place in a unit's form: section and question numbers, 1-based as officials say them.</summary>
internal sealed record FormQuestion(Question Question, int Section, int Number, int Ordinal)
{
    public string Id => Question.Id;

    /// <summary>"3.2": section 3, question 2.</summary>
    public string Label => $"{Section}.{Number}";
}
