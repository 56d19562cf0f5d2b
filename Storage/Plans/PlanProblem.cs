namespace SoKetBot.Storage.Plans;

/// <summary>One thing wrong with a plan file: where it is and how to fix it.</summary>
/// <param name="File">The plan file.</param>
/// <param name="Place">The JSON path of the place, for example <c>sections[2].questions[4].choices</c>, or "(file)".</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Fix">What to change.</param>
public sealed record PlanProblem(string File, string Place, string Problem, string Fix)
{
    public override string ToString() => $"{File}: {Place}: {Problem} Fix: {Fix}";
}
