using LiteDB;

namespace SoKetBot.Storage.Audit;

/// <summary>
/// One security event: a sign-in, a link, a failure, a lock-out, an unlink or a sign-out. Never holds an access code,
/// and never an account name that matches no official (people type codes into the account field).
/// </summary>
public sealed record AuditEntry
{
    /// <summary>The sequence number LiteDB gives on insert: the order in which entries were written.</summary>
    [BsonId]
    public long Id { get; init; }

    public required DateTime At { get; init; }

    public required AuditKind Kind { get; init; }

    /// <summary>The official's account, when the event names an official that exists.</summary>
    public string? Account { get; init; }

    /// <summary>The channel (<c>msteams</c>, <c>directline</c>...), or <c>page</c> for the page's sign-in.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The channel's id of the person, when the event comes from a chat.</summary>
    public string? UserId { get; init; }

    /// <summary>The client's IP address, when known (the page).</summary>
    public string? ClientAddress { get; init; }

    /// <summary>What else matters, in English: "locked until ...", "by the unlink command", "while locked".</summary>
    public string? Detail { get; init; }
}
