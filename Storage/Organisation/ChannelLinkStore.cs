using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation;

/// <summary>The channel links in LiteDB.</summary>
public sealed class ChannelLinkStore(SoKetBotDatabase database) : LiteDbStore<ChannelLink>(database, Collections.ChannelLinks, keepInMemory: 8192), IChannelLinkStore
{
    public IReadOnlyList<ChannelLink> OfOfficial(string account) => Collection.Find(link => link.OfficialAccount == account).ToList();

    public bool Delete(string id) => Remove(id);
}
