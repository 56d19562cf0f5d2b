using SoKetBot.Dialogs.Parsing;

namespace SoKetBot.Tests.Dialogs.Parsing;

public sealed class YesNoParserTests
{
    [Theory]
    [InlineData("có")]
    [InlineData("Có")]
    [InlineData("co")]
    [InlineData("c")]
    [InlineData("rồi")]
    [InlineData("Đã có.")]
    [InlineData("có ạ")]
    public void Parse_Yes(string text) => Assert.True(YesNoParser.Parse(text));

    [Theory]
    [InlineData("không")]
    [InlineData("khong")]
    [InlineData("k")]
    [InlineData("ko")]
    [InlineData("chưa")]
    [InlineData("Không có")]
    public void Parse_No(string text) => Assert.False(YesNoParser.Parse(text));

    [Theory]
    [InlineData("có lẽ vậy")]
    [InlineData("12")]
    [InlineData("")]
    public void Parse_Neither_IsNull(string text) => Assert.Null(YesNoParser.Parse(text));
}
