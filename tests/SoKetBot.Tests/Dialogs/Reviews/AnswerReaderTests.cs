using SoKetBot.Dialogs.Resources;
using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Reviews;
using SoKetBot.Tests.Dialogs.Parsing;

namespace SoKetBot.Tests.Dialogs.Reviews;

public sealed class AnswerReaderTests
{
    [Fact]
    public void AnswerText_Estimate_IsShownAsAnEstimate()
    {
        var question = PhoneQuestions.At("tt-luot-nguoi");

        var read = AnswerReader.Read(question, "khoảng 1.500 người", PhoneQuestions.Context);

        Assert.Equal("khoảng 1.500 lượt người", AnswerText.Format(question, read.Value!));
    }

    [Fact]
    public void AnswerText_YesNoWithComment_ShowsBoth()
    {
        var question = PhoneQuestions.At("ld-dua-vao-nghi-quyet");

        var read = AnswerReader.Read(question, "Không, vì chưa có kinh phí", PhoneQuestions.Context);

        Assert.Equal(BotText.Answer_No + " (vì chưa có kinh phí)", AnswerText.Format(question, read.Value!));
    }

    [Fact]
    public void Read_DeclinedOptionalChoice_IsASkipThatStoresTheEmptyAnswer()
    {
        var read = AnswerReader.Read(PhoneQuestions.At("phoi-hop-luc-luong"), "không có", PhoneQuestions.Context);

        Assert.True(read.Skipped);
        Assert.Equal(new AnswerValue(), read.Value);
        Assert.Null(read.Error);
    }

    [Fact]
    public void Read_UnaccentedDung_AsksYesOrNoAndStoresNothing()
    {
        var read = AnswerReader.Read(PhoneQuestions.At("ld-dua-vao-nghi-quyet"), "dung", PhoneQuestions.Context);

        Assert.True(read.Unclear);
        Assert.Null(read.Value);
        Assert.Contains("**Có** hay **Không**", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithoutContext_TodayIsNotADateButTheQuestionsOwnYearStillHolds()
    {
        var question = PhoneQuestions.At("ld-ngay-so-ket");

        Assert.Null(AnswerReader.Read(question, "hôm nay", null).Value);
        Assert.Equal(new DateOnly(2020, 6, 12), AnswerReader.Read(question, "12/6", null).Value!.Date);
    }

    [Fact]
    public void ReadField_ChoiceByAbbreviation_KeepsTheChoicesText() =>
        Assert.Equal("Giấy khen của Giám đốc Công an tỉnh", AnswerReader.ReadField(PhoneQuestions.At("kt-de-nghi/hinh-thuc"), "GK CA tỉnh", PhoneQuestions.Context).Value);

    [Fact]
    public void Read_DateOutsideTheRange_NamesBothEnds()
    {
        var read = AnswerReader.Read(PhoneQuestions.At("ld-ngay-so-ket"), "1/5/2020", PhoneQuestions.Context);

        Assert.Contains("14/05/2020", read.Error, StringComparison.Ordinal);
        Assert.Contains("31/12/2020", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommaBeforeThreeDigits_SaysHowToWriteThousands()
    {
        var read = AnswerReader.Read(PhoneQuestions.At("tt-luot-nguoi"), "1,234", PhoneQuestions.Context);

        Assert.Null(read.Value);
        Assert.Contains("1.234", read.Error, StringComparison.Ordinal);
        Assert.Contains("1234", read.Error, StringComparison.Ordinal);
    }
}
