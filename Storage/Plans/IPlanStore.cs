using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Plans;

/// <summary>The plans kept.</summary>
public interface IPlanStore : IStore<Plan>
{
    IReadOnlyList<Plan> All();
}
