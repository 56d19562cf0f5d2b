using LiteDB;

namespace SoKetBot.Storage.Settings;

/// <summary>A value the bot made for itself and keeps across restarts (for example a generated signing key).</summary>
public sealed record Setting
{
    [BsonId]
    public required string Id { get; init; }

    public required string Value { get; init; }
}
