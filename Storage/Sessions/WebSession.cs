using LiteDB;

namespace SoKetBot.Storage.Sessions;

/// <summary>A sign-in on the page: the cookie names it, and it ends on the server when the official signs out.</summary>
public sealed record WebSession
{
    /// <summary>A random id (128 bits, base64url), kept in the cookie's claims.</summary>
    [BsonId]
    public required string Id { get; init; }

    public required string Account { get; init; }

    public required DateTime SignedInAt { get; init; }

    /// <summary>When the cookie stops being accepted, whatever the browser does.</summary>
    public required DateTime ExpiresAt { get; init; }

    public string? ClientAddress { get; init; }
}
