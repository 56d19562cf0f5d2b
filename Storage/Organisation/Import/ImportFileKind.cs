namespace SoKetBot.Storage.Organisation.Import;

/// <summary>What a CSV file holds, told by its header.</summary>
public enum ImportFileKind
{
    /// <summary>The header matches neither kind.</summary>
    Unknown,

    /// <summary>code,name,kind,level,parent.</summary>
    Units,

    /// <summary>account,full_name,title,unit,roles,access_code.</summary>
    Officials,
}
