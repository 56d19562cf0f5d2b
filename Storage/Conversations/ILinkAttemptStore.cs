using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Conversations;

/// <summary>The link attempts kept.</summary>
public interface ILinkAttemptStore : IStore<LinkAttempt>
{
    void Delete(string id);
}
