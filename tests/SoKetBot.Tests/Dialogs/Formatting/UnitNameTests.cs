using SoKetBot.Dialogs.Formatting;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Tests.Dialogs.Formatting;

public sealed class UnitNameTests
{
    [Theory]
    [InlineData("Xã Hưng Lộc", UnitKind.Commune, "xã Hưng Lộc", "Xã Hưng Lộc")]
    [InlineData("Phường Hưng Bình", UnitKind.Ward, "phường Hưng Bình", "Phường Hưng Bình")]
    [InlineData("Thị trấn Quán Hành", UnitKind.Township, "thị trấn Quán Hành", "Thị trấn Quán Hành")]
    [InlineData("Thành phố Vinh", UnitKind.City, "thành phố Vinh", "Thành phố Vinh")]
    [InlineData("Thị xã Cửa Lò", UnitKind.Town, "thị xã Cửa Lò", "Thị xã Cửa Lò")]
    [InlineData("Huyện Nghi Lộc", UnitKind.District, "huyện Nghi Lộc", "Huyện Nghi Lộc")]
    [InlineData("Tỉnh Nghệ An", UnitKind.Province, "tỉnh Nghệ An", "Tỉnh Nghệ An")]
    [InlineData("xã Nghi Văn", UnitKind.Commune, "xã Nghi Văn", "Xã Nghi Văn")]
    [InlineData("Sở Giáo dục và Đào tạo", UnitKind.Department, "Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo")]
    [InlineData("Công an tỉnh", UnitKind.Sector, "Công an tỉnh", "Công an tỉnh")]
    [InlineData("Tỉnh đoàn", UnitKind.MassOrganisation, "Tỉnh đoàn", "Tỉnh đoàn")]
    [InlineData("Vinh", UnitKind.City, "Vinh", "Vinh")]
    [InlineData("Xã", UnitKind.Commune, "Xã", "Xã")]
    [InlineData("Xãhội", UnitKind.Commune, "Xãhội", "Xãhội")]
    public void UnitName_FollowsNghiDinh30(string name, UnitKind kind, string inSentence, string atStart)
    {
        var unit = new Unit { Code = "1", Name = name, Kind = kind, Level = "commune" };

        Assert.Equal(inSentence, UnitName.InSentence(unit));
        Assert.Equal(atStart, UnitName.AtStart(unit));
    }
}
