using SoKetBot.Dialogs.Parsing;

namespace SoKetBot.Tests.Dialogs.Parsing;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("1234", 1234)]
    [InlineData("1.234", 1234)]
    [InlineData("1 234", 1234)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("1.234.567", 1234567)]
    [InlineData(" 12 ", 12)]
    [InlineData("12 buổi", 12)]
    [InlineData("12 buoi", 12)]
    [InlineData("12buổi", 12)]
    [InlineData("0", 0)]
    [InlineData("12.", 12)]
    public void Parse_NumbersAsTypedOnPhones_AreRead(string text, long expected)
    {
        var read = NumberParser.Parse(text, "buổi");

        Assert.True(read.Ok, read.Error.ToString());
        Assert.Equal(expected, read.Value);
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1.5")]
    [InlineData("3,75 buổi")]
    [InlineData("1.23")]
    public void Parse_Decimal_IsNotWhole(string text) => Assert.Equal(NumberError.NotWhole, NumberParser.Parse(text, "buổi").Error);

    [Theory]
    [InlineData("mười hai người")]
    [InlineData("12 người")]
    [InlineData("12 34 5")]
    [InlineData("")]
    [InlineData("١٢x")]
    public void Parse_NotANumber_IsRefused(string text) => Assert.Equal(NumberError.NotANumber, NumberParser.Parse(text, "buổi").Error);

    [Theory]
    [InlineData("１２３４", 1234)]
    [InlineData("１.２３４ buổi", 1234)]
    [InlineData("١٢", 12)]
    [InlineData("۱۲", 12)]
    [InlineData("१२", 12)]
    public void Parse_DigitsOfOtherScripts_AreTheDigitsTheyAre(string text, long expected)
    {
        var read = NumberParser.Parse(text, "buổi");

        Assert.True(read.Ok, read.Error.ToString());
        Assert.Equal(expected, read.Value);
    }

    [Theory]
    [InlineData("99999999999999999999", long.MaxValue)]
    [InlineData("9.223.372.036.854.775.808", long.MaxValue)]
    [InlineData("-99999999999999999999", long.MinValue)]
    public void Parse_MoreDigitsThanALongHolds_IsOutOfRangeAtTheNearestEnd(string text, long nearest)
    {
        var read = NumberParser.Parse(text);

        Assert.Equal(NumberError.OutOfRange, read.Error);
        Assert.Equal(nearest, read.Value);
    }

    [Theory]
    [InlineData("1,234")]
    [InlineData("12,500")]
    public void Parse_CommaBeforeThreeDigits_IsADecimalNotThousands(string text) => Assert.Equal(NumberError.CommaDecimal, NumberParser.Parse(text).Error);

    [Theory]
    [InlineData("mười hai", 12)]
    [InlineData("khoảng 12 buổi", 12)]
    [InlineData("1k2", 1200)]
    public void Parse_WordsEstimatesAndMultipliers_AreRead(string text, long expected) => Assert.Equal(expected, NumberParser.Parse(text, "buổi").Value);

    [Fact]
    public void Parse_Estimate_IsMarked() => Assert.True(NumberParser.Parse("khoảng 200").Approximate);

    [Fact]
    public void Parse_HundredThousandDigits_IsNotANumberAtOnce() =>
        Assert.Equal(NumberError.NotANumber, NumberParser.Parse(new string('1', 100_000) + ",5").Error);
}
