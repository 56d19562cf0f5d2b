using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation;

/// <summary>The units kept.</summary>
public interface IUnitStore : IStore<Unit>
{
    IReadOnlyList<Unit> All();

    IReadOnlyList<Unit> ChildrenOf(string parentCode);
}
