using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation;

/// <summary>The officials in LiteDB.</summary>
public sealed class OfficialStore(SoKetBotDatabase database) : LiteDbStore<Official>(database, Collections.Officials, keepInMemory: 8192), IOfficialStore
{
    public IReadOnlyList<Official> All() => Collection.FindAll().ToList();

    public IReadOnlyList<Official> OfUnit(string unitCode) => Collection.Find(official => official.UnitCode == unitCode).ToList();
}
