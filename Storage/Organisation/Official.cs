using LiteDB;

namespace SoKetBot.Storage.Organisation;

/// <summary>A person who uses the bot on behalf of a unit.</summary>
public sealed record Official
{
    /// <summary>The account name, lower case, unique.</summary>
    [BsonId]
    public required string Account { get; init; }

    public required string FullName { get; init; }

    /// <summary>The job title, for example "Phó Trưởng Công an xã".</summary>
    public string? Title { get; init; }

    public required string UnitCode { get; init; }

    public required OfficialRoles Roles { get; init; }

    /// <summary>The access code, only as an <see cref="AccessCodeHasher"/> hash.</summary>
    public required string AccessCodeHash { get; init; }

    public bool Has(OfficialRoles role) => (Roles & role) == role;
}
