using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Settings;

/// <summary>The settings in LiteDB.</summary>
public sealed class SettingStore(SoKetBotDatabase database) : LiteDbStore<Setting>(database, Collections.Settings), ISettingStore
{
    private readonly Lock gate = new();

    public string GetOrAdd(string id, Func<string> create)
    {
        lock (gate)
        {
            if (Find(id) is { } existing)
            {
                return existing.Value;
            }

            var setting = new Setting { Id = id, Value = create() };
            Save(setting);
            return setting.Value;
        }
    }
}
