using SoKetBot.Dialogs.Formatting;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Dialogs.Formatting;

public sealed class AddressTests
{
    [Theory]
    [InlineData(FormOfAddress.Comrade, "Đồng chí còn 4 lần thử; từ nay đồng chí không cần nhập lại.")]
    [InlineData(FormOfAddress.BrotherOrSister, "Anh/chị còn 4 lần thử; từ nay anh/chị không cần nhập lại.")]
    public void Address_Fill_WritesTheWordWithACapitalAtTheStart(FormOfAddress address, string expected) =>
        Assert.Equal(expected, Address.Fill("{Address} còn 4 lần thử; từ nay {address} không cần nhập lại.", address));

    [Theory]
    [InlineData(FormOfAddress.Comrade, "Xin chào đồng chí **{address} Nguyễn {0}** (Đồng chí xã).")]
    [InlineData(FormOfAddress.BrotherOrSister, "Xin chào anh/chị **{address} Nguyễn {0}** (Đồng chí xã).")]
    public void Address_Format_LeavesWhatTheArgumentsCarryAlone(FormOfAddress address, string expected) =>
        Assert.Equal(expected, Address.Format(address, "Xin chào {address} **{0}** ({1}).", "{address} Nguyễn {0}", "Đồng chí xã"));

    [Fact]
    public void Address_TemplateWithoutIt_IsUnchanged() =>
        Assert.Equal("Đã lưu.", Address.Fill("Đã lưu.", FormOfAddress.BrotherOrSister));
}
