using SoKetBot.Dialogs.Parsing;

namespace SoKetBot.Tests.Dialogs.Parsing;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("Tiếp  tục!", "tiep tuc")]
    [InlineData("ĐỒNG Ý", "dong y")]
    [InlineData("Hưng Lộc", "hung loc")]
    [InlineData("  quay\tlại\n", "quay lai")]
    [InlineData("huỷ", "huy")]
    [InlineData("hủy", "huy")]
    public void Fold_RemovesDiacriticsCaseAndExtraSpaces(string text, string expected) => Assert.Equal(expected, TextFold.Fold(text));

    [Fact]
    public void Fold_ComposedAndDecomposedInput_FoldTheSame() =>
        Assert.Equal(TextFold.Fold("Tiếp tục".Normalize(System.Text.NormalizationForm.FormC)), TextFold.Fold("Tiếp tục".Normalize(System.Text.NormalizationForm.FormD)));
}
