using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Sessions;

/// <summary>The page's sessions in LiteDB (collection <c>web_sessions</c>), the committed ones also in memory: every request checks one.</summary>
public sealed class WebSessionStore(SoKetBotDatabase database) : LiteDbStore<WebSession>(database, Collections.WebSessions, keepInMemory: 8192), IWebSessionStore
{
    public WebSession? FindActive(string id, DateTime now) => Find(id) is { } session && session.ExpiresAt > now ? session : null;

    public IReadOnlyList<WebSession> OfAccount(string account) => Collection.Find(session => session.Account == account).ToList();

    public bool Delete(string id) => Remove(id);

    public int DeleteExpired(DateTime now)
    {
        var expired = Collection.Find(session => session.ExpiresAt < now).Select(session => session.Id).ToList();
        foreach (var id in expired)
        {
            Remove(id);
        }

        return expired.Count;
    }
}
