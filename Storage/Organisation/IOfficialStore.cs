using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation;

/// <summary>The officials kept.</summary>
public interface IOfficialStore : IStore<Official>
{
    IReadOnlyList<Official> All();

    IReadOnlyList<Official> OfUnit(string unitCode);
}
