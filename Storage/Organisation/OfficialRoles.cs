namespace SoKetBot.Storage.Organisation;

/// <summary>What an official may do.</summary>
[Flags]
public enum OfficialRoles
{
    None = 0,

    /// <summary>Answers the review of the official's own unit.</summary>
    Reporter = 1,

    /// <summary>Decides on the reviews of the units directly below the official's unit.</summary>
    Approver = 2,

    /// <summary>Imports units and officials, sees every unit.</summary>
    Administrator = 4,
}
