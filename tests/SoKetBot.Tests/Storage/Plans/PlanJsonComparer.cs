using System.Text.Json;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Storage.Plans;

// Plans hold lists, which records compare by reference: compare their JSON instead.
internal sealed class PlanJsonComparer : IEqualityComparer<Plan?>
{
    public bool Equals(Plan? x, Plan? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

    public int GetHashCode(Plan? obj) => JsonSerializer.Serialize(obj).GetHashCode(StringComparison.Ordinal);
}
