using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation;

/// <summary>The units in LiteDB.</summary>
public sealed class UnitStore(SoKetBotDatabase database) : LiteDbStore<Unit>(database, Collections.Units, keepInMemory: 8192), IUnitStore
{
    public IReadOnlyList<Unit> All() => Collection.FindAll().ToList();

    public IReadOnlyList<Unit> ChildrenOf(string parentCode) => Collection.Find(unit => unit.ParentCode == parentCode).ToList();
}
