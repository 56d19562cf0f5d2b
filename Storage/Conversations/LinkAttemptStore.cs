using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Conversations;

/// <summary>The link attempts in LiteDB.</summary>
public sealed class LinkAttemptStore(SoKetBotDatabase database) : LiteDbStore<LinkAttempt>(database, Collections.LinkAttempts), ILinkAttemptStore
{
    public void Delete(string id) => Collection.Delete(id);
}
