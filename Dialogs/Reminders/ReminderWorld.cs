using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reminders;

/// <summary>What the planner looks at: a plan, the organisation and where each unit's review stands, indexed once.</summary>
public sealed class ReminderWorld
{
    private static readonly IReadOnlyList<Unit> NoUnits = [];
    private static readonly IReadOnlyList<Official> NoOfficials = [];
    private readonly Dictionary<string, List<Unit>> children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Official>> officials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Submission> submissions = new(StringComparer.Ordinal);

    public ReminderWorld(Plan plan, IEnumerable<Unit> units, IEnumerable<Official> officials, IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Plan = plan;
        Units = units.ToList();
        Levels = plan.Levels.ToDictionary(level => level.Id, StringComparer.Ordinal);
        UnitsByCode = Units.ToDictionary(unit => unit.Code, StringComparer.Ordinal);
        foreach (var unit in Units.Where(unit => unit.ParentCode is not null))
        {
            Add(children, unit.ParentCode!, unit);
        }

        foreach (var official in officials)
        {
            Add(this.officials, official.UnitCode, official);
        }

        foreach (var submission in submissions.Where(submission => submission.PlanId == plan.Id))
        {
            this.submissions[submission.UnitCode] = submission;
        }
    }

    public Plan Plan { get; }

    public IReadOnlyList<Unit> Units { get; }

    public IReadOnlyDictionary<string, Unit> UnitsByCode { get; }

    public IReadOnlyDictionary<string, Storage.Plans.PlanLevel> Levels { get; }

    public IReadOnlyList<Unit> ChildrenOf(string code) => children.TryGetValue(code, out var found) ? found : NoUnits;

    public IReadOnlyList<Official> OfficialsOf(string code) => officials.TryGetValue(code, out var found) ? found : NoOfficials;

    public Submission? SubmissionOf(string unitCode) => submissions.GetValueOrDefault(unitCode);

    /// <summary>The unit's level is asked by the plan and its review is not submitted (nor approved): never started, a draft, or returned.</summary>
    public bool IsPending(Unit unit) =>
        Levels.ContainsKey(unit.Level) && SubmissionOf(unit.Code)?.Status is not (SubmissionStatus.Submitted or SubmissionStatus.Approved);

    public IReadOnlyList<string> Reporters(string unitCode) =>
        OfficialsOf(unitCode).Where(official => official.Has(OfficialRoles.Reporter)).Select(official => official.Account).ToList();

    public IReadOnlyList<string> Approvers(string unitCode) =>
        OfficialsOf(unitCode).Where(official => official.Has(OfficialRoles.Approver)).Select(official => official.Account).ToList();

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(item);
    }
}
