namespace SoKetBot.Storage.Plans;

/// <summary>The plans loaded at start-up, and the one that officials answer now.</summary>
public sealed class PlanCatalog
{
    private readonly Dictionary<string, Plan> plans;

    public PlanCatalog(IEnumerable<Plan> plans, string activePlanId)
    {
        this.plans = plans.ToDictionary(plan => plan.Id);
        Active = this.plans.TryGetValue(activePlanId, out var active)
            ? active
            : throw new InvalidOperationException($"The active plan '{activePlanId}' is not among the loaded plans ({string.Join(", ", this.plans.Keys)}). Fix Plans:Active.");
    }

    public Plan Active { get; }

    public IEnumerable<Plan> All => plans.Values;

    public Plan? Find(string id) => plans.GetValueOrDefault(id);
}
