using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Sessions;

/// <summary>The page's sessions kept; committed ones are found in memory.</summary>
public interface IWebSessionStore : IStore<WebSession>
{
    /// <summary>The session if it exists and has not expired at <paramref name="now"/>: one lookup in memory for a committed session.</summary>
    WebSession? FindActive(string id, DateTime now);

    /// <summary>The sessions of one official.</summary>
    IReadOnlyList<WebSession> OfAccount(string account);

    /// <summary>Ends a session; false if it had already ended.</summary>
    bool Delete(string id);

    /// <summary>Deletes the sessions that expired before <paramref name="now"/>; returns how many.</summary>
    int DeleteExpired(DateTime now);
}
