using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Settings;

/// <summary>The settings kept.</summary>
public interface ISettingStore : IStore<Setting>
{
    /// <summary>The value of <paramref name="id"/>, created by <paramref name="create"/> and kept on first use.</summary>
    string GetOrAdd(string id, Func<string> create);
}
