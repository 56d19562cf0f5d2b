namespace SoKetBot.Storage.Plans;

/// <summary>Thrown when plan files cannot be used; lists every problem found, not only the first.</summary>
public sealed class PlanValidationException : Exception
{
    public PlanValidationException()
        : this([])
    {
    }

    public PlanValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    public PlanValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public PlanValidationException(IReadOnlyList<PlanProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<PlanProblem> Problems { get; }

    private static string Describe(IReadOnlyList<PlanProblem> problems) =>
        $"The plans cannot be loaded: {problems.Count} problem(s). Fix them and start again."
        + string.Concat(problems.Select(problem => Environment.NewLine + "  - " + problem));
}
