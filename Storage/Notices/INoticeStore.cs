using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Notices;

/// <summary>The notices kept.</summary>
public interface INoticeStore : IStore<Notice>
{
    /// <summary>Notices not yet delivered, oldest first.</summary>
    IReadOnlyList<Notice> Waiting();

    /// <summary>Notices not yet delivered nor handed to the outbox whose next attempt is due at <paramref name="now"/> (or not set), oldest first.</summary>
    IReadOnlyList<Notice> DueAt(DateTime now);

    /// <summary>The official's notices not yet delivered nor handed to the outbox, oldest first.</summary>
    IReadOnlyList<Notice> WaitingFor(string account);

    IReadOnlyList<Notice> OfSubmission(string submissionId);

    /// <summary>The reminder notices (every kind but approval cards and outcomes), oldest first: the reminder outbox.</summary>
    IReadOnlyList<Notice> Reminders();

    /// <summary>Adds new notices (ids never used before) in one call.</summary>
    void Add(IReadOnlyCollection<Notice> notices);
}
