using SoKetBot.Dialogs.Parsing;

namespace SoKetBot.Tests.Dialogs.Parsing;

public sealed class ChoiceParserTests
{
    private static readonly string[] Choices = ["Tổ chức hội nghị sơ kết", "Sơ kết bằng văn bản", "Lồng ghép với hội nghị khác"];

    [Theory]
    [InlineData("2", 1)]
    [InlineData("Sơ kết bằng văn bản", 1)]
    [InlineData("so ket bang van ban", 1)]
    [InlineData("van ban", 1)]
    [InlineData("LỒNG GHÉP", 2)]
    public void One_ByNumberOrText(string text, int expected)
    {
        var read = ChoiceParser.One(Choices, text);

        Assert.True(read.Ok, read.Error.ToString());
        Assert.Equal([expected], read.Indexes);
    }

    [Fact]
    public void One_TextMatchingSeveral_IsAmbiguous() => Assert.Equal(ChoiceError.Ambiguous, ChoiceParser.One(Choices, "hoi nghi").Error);

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("họp")]
    [InlineData("điện thoại")]
    public void One_Unknown_IsNotAChoice(string text) => Assert.Equal(ChoiceError.NotAChoice, ChoiceParser.One(Choices, text).Error);

    [Theory]
    [InlineData("1, 3")]
    [InlineData("1,3")]
    [InlineData("3 1")]
    [InlineData("1 và 3")]
    [InlineData("1; lồng ghép")]
    [InlineData("1, 3, 1")]
    public void Many_SeveralSeparators_InPlanOrder(string text)
    {
        var read = ChoiceParser.Many(Choices, text, max: null);

        Assert.True(read.Ok, read.Error.ToString());
        Assert.Equal([0, 2], read.Indexes);
    }

    [Fact]
    public void Many_OverTheLimit_IsRefused() => Assert.Equal(ChoiceError.TooMany, ChoiceParser.Many(Choices, "1, 2, 3", max: 2).Error);

    [Fact]
    public void Many_OneBadPart_RefusesTheWhole() => Assert.Equal(ChoiceError.NotAChoice, ChoiceParser.Many(Choices, "1, 7", max: null).Error);
}
