using SoKetBot.Dialogs.Parsing;

namespace SoKetBot.Tests.Dialogs.Parsing;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("15/6/2020")]
    [InlineData("15/06/2020")]
    [InlineData("15-6-2020")]
    [InlineData("15.6.2020")]
    [InlineData("15 / 6 / 2020")]
    [InlineData("ngày 15/6/2020")]
    [InlineData("15/6/20")]
    public void Parse_DayFirstDates_AreRead(string text)
    {
        var read = DateParser.Parse(text);

        Assert.True(read.Ok);
        Assert.Equal(new DateOnly(2020, 6, 15), read.Value);
    }

    [Theory]
    [InlineData("31/6/2020")]
    [InlineData("29/2/2021")]
    [InlineData("1/13/2020")]
    public void Parse_NotOnTheCalendar(string text) => Assert.Equal(DateError.NotOnCalendar, DateParser.Parse(text).Error);

    [Theory]
    [InlineData("hôm qua")]
    [InlineData("tuần trước")]
    [InlineData("15/6/2020 lúc 8 giờ")]
    [InlineData("15/6/2020/1")]
    public void Parse_NotADate(string text) => Assert.Equal(DateError.NotADate, DateParser.Parse(text).Error);

    [Theory]
    [InlineData("2020-06-15")]
    [InlineData("2020/6/15")]
    [InlineData("15 6 2020")]
    [InlineData("ngày 15 tháng 6 năm 2020")]
    public void Parse_YearFirstOrInWords_IsRead(string text) => Assert.Equal(new DateOnly(2020, 6, 15), DateParser.Parse(text).Value);

    [Fact]
    public void Parse_DayAndMonthWithoutContext_NeedsTheYear() => Assert.Equal(DateError.NeedsYear, DateParser.Parse("15/6").Error);

    [Fact]
    public void Parse_DayAndMonthWithinOneYear_TakesThatYear() =>
        Assert.Equal(new DateOnly(2020, 6, 15), DateParser.Parse("15/6", new DateContext(From: new DateOnly(2020, 5, 14), To: new DateOnly(2020, 12, 31))).Value);

    [Fact]
    public void Parse_DayAndMonthSeveralYearsApart_NeedsTheYear() =>
        Assert.Equal(DateError.NeedsYear, DateParser.Parse("15/6", new DateContext(From: new DateOnly(2015, 6, 13), To: new DateOnly(2020, 8, 19))).Error);

    [Fact]
    public void Parse_Yesterday_IsTheDayBeforeToday() =>
        Assert.Equal(new DateOnly(2020, 2, 29), DateParser.Parse("hôm qua", new DateContext(Today: new DateOnly(2020, 3, 1))).Value);

    [Theory]
    [InlineData("１５/６/２０２０")]
    [InlineData("１５／６／２０２０")]
    [InlineData("١٥/٦/٢٠٢٠")]
    [InlineData("15\u200B/6/2020")]
    public void Parse_DigitsOfOtherScripts_AreTheDigitsTheyAre(string text)
    {
        var read = DateParser.Parse(text);

        Assert.True(read.Ok, read.Error.ToString());
        Assert.Equal(new DateOnly(2020, 6, 15), read.Value);
    }

    [Theory]
    [InlineData("15/6/0000")]
    [InlineData("0/0/0000")]
    [InlineData("31/12/1899")]
    [InlineData("1/1/2101")]
    [InlineData("29/2/9999")]
    public void Parse_YearOutsideTheRange_SaysSo(string text) => Assert.Equal(DateError.YearOutOfRange, DateParser.Parse(text).Error);

    [Fact]
    public void Parse_HundredThousandCharacters_IsNotADate() =>
        Assert.Equal(DateError.NotADate, DateParser.Parse("15/6/2020" + new string(' ', 100_000) + "x").Error);

    [Fact]
    public void Parse_LeapDay_IsRead() => Assert.Equal(new DateOnly(2020, 2, 29), DateParser.Parse("29/2/2020").Value);
}
