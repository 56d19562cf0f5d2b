using LiteDB;

namespace SoKetBot.Storage.Organisation;

/// <summary>A unit of the organisation tree: the province, a district, a department or a commune.</summary>
public sealed record Unit
{
    /// <summary>The unit's code, unique in the tree (the GSO administrative code where there is one).</summary>
    [BsonId]
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required UnitKind Kind { get; init; }

    /// <summary>The level id a plan's levels refer to: <c>province</c>, <c>district</c>, <c>department</c> or <c>commune</c>.</summary>
    public required string Level { get; init; }

    /// <summary>The parent's code; null for the root (the province).</summary>
    public string? ParentCode { get; init; }
}
