using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Plans;

/// <summary>The plans in LiteDB.</summary>
public sealed class PlanStore(SoKetBotDatabase database) : LiteDbStore<Plan>(database, Collections.Plans), IPlanStore
{
    public IReadOnlyList<Plan> All() => Collection.FindAll().ToList();
}
