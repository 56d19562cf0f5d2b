namespace SoKetBot.Storage.Organisation;

/// <summary>What a unit is, as Vietnamese administration names it.</summary>
public enum UnitKind
{
    Province,          // tỉnh
    City,              // thành phố
    Town,              // thị xã
    District,          // huyện
    Department,        // sở
    Board,             // ban
    Sector,            // ngành
    MassOrganisation,  // đoàn thể
    Commune,           // xã
    Ward,              // phường
    Township,          // thị trấn
}
