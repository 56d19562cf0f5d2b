using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation;

/// <summary>The channel links kept.</summary>
public interface IChannelLinkStore : IStore<ChannelLink>
{
    IReadOnlyList<ChannelLink> OfOfficial(string account);

    /// <summary>Removes a channel account's link; false if it had none.</summary>
    bool Delete(string id);
}
