using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation;

/// <summary>The channel links kept.</summary>
public interface IChannelLinkStore : IStore<ChannelLink>
{
    IReadOnlyList<ChannelLink> OfOfficial(string account);
}
