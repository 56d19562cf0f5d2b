using SoKetBot.Storage.Reviews;

namespace SoKetBot.Tests.Dialogs.Reviews;

public sealed class ReviewDialogAnswerTests
{
    private static (DialogHost Host, Conversation Chat) AtQuestion(string label)
    {
        var host = new DialogHost();
        var chat = new Conversation(host).SignIn("xa").Say("bắt đầu").Say("sửa " + label).Expect("Câu " + label);
        return (host, chat);
    }

    private static AnswerValue? Stored(DialogHost host, string questionId) =>
        host.Get<IAnswerStore>().Find(Answer.KeyOf(Submission.KeyOf(host.Plan.Id, "16708"), questionId))?.Value;

    [Theory]
    [InlineData("1234", 1234)]
    [InlineData("1.234", 1234)]
    [InlineData("1 234", 1234)]
    [InlineData("12 văn bản", 12)]
    [InlineData("12 van ban", 12)]
    [InlineData("0", 0)]
    public void ReviewDialog_NumberTypedOnAPhone_IsUnderstood(string typed, long expected)
    {
        var (host, chat) = AtQuestion("1.4");
        using var _ = host;

        chat.Say(typed).Expect("Đã lưu");

        Assert.Equal(expected, Stored(host, "ld-van-ban-chi-dao")!.Number);
    }

    [Theory]
    [InlineData("mười hai người", "không phải là một số")]
    [InlineData("1,5", "số nguyên")]
    [InlineData("-3", "nhỏ nhất")]
    public void ReviewDialog_NumberThatDoesNotFit_GetsReasonExampleAndSameQuestion(string typed, string reason)
    {
        var (host, chat) = AtQuestion("1.4");
        using var _ = host;

        chat.Say(typed).Expect(reason).Expect("ví dụ");

        Assert.Equal("ld-van-ban-chi-dao", chat.State.QuestionId);
        Assert.Null(Stored(host, "ld-van-ban-chi-dao"));
    }

    [Theory]
    [InlineData("có", true)]
    [InlineData("co", true)]
    [InlineData("c", true)]
    [InlineData("rồi", true)]
    [InlineData("Có", true)]
    [InlineData("không", false)]
    [InlineData("khong", false)]
    [InlineData("k", false)]
    [InlineData("chưa", false)]
    public void ReviewDialog_YesNo_UnderstoodWithOrWithoutDiacritics(string typed, bool expected)
    {
        var (host, chat) = AtQuestion("1.5");
        using var _ = host;

        chat.Say(typed).Expect("Đã lưu");

        Assert.Equal(expected, Stored(host, "ld-dua-vao-nghi-quyet")!.Flag);
    }

    [Fact]
    public void ReviewDialog_YesNoGibberish_IsAskedAgain()
    {
        var (host, chat) = AtQuestion("1.5");
        using var _ = host;

        chat.Say("có lẽ vậy").Expect("Có").Expect("Không");

        Assert.Equal("ld-dua-vao-nghi-quyet", chat.State.QuestionId);
    }

    [Theory]
    [InlineData("2", "Sơ kết bằng văn bản")]
    [InlineData("so ket bang van ban", "Sơ kết bằng văn bản")]
    [InlineData("Lồng ghép với cuộc họp khác", "Lồng ghép với cuộc họp khác")]
    public void ReviewDialog_ChoiceByNumberOrText_IsUnderstood(string typed, string expected)
    {
        var (host, chat) = AtQuestion("1.1");
        using var _ = host;

        chat.Say(typed).Expect("Đã lưu");

        Assert.Equal([expected], Stored(host, "ld-hinh-thuc-so-ket")!.Choices);
    }

    [Fact]
    public void ReviewDialog_ChoiceOutOfRange_SaysWhichNumbersExist()
    {
        var (host, chat) = AtQuestion("1.1");
        using var _ = host;

        chat.Say("9").Expect("từ 1 đến");
    }

    [Theory]
    [InlineData("15/12/2026", 2026, 12, 15)]
    [InlineData("5/12/2026", 2026, 12, 5)]
    public void ReviewDialog_Date_DayMonthYear(string typed, int year, int month, int day)
    {
        var (host, chat) = AtQuestion("1.2");
        using var _ = host;

        chat.Say(typed).Expect("Đã lưu");

        Assert.Equal(new DateOnly(year, month, day), Stored(host, "ld-ngay-so-ket")!.Date);
    }

    [Theory]
    [InlineData("31/2/2020", "không có trên lịch")]
    [InlineData("tuần trước", "ngày/tháng/năm")]
    [InlineData("1/1/2019", "từ 01/12/2026")]
    public void ReviewDialog_DateThatDoesNotFit_GetsReason(string typed, string reason)
    {
        var (host, chat) = AtQuestion("1.2");
        using var _ = host;

        chat.Say(typed).Expect(reason);

        Assert.Null(Stored(host, "ld-ngay-so-ket"));
    }

    [Fact]
    public void ReviewDialog_LongText_KeepsLineBreaks()
    {
        var (host, chat) = AtQuestion("1.6");
        using var _ = host;

        chat.Say("Đảng ủy xã ban hành nghị quyết chuyên đề về bảo đảm ANTT.\r\nDòng hai.\n\n- gạch đầu dòng");

        Assert.Equal("Đảng ủy xã ban hành nghị quyết chuyên đề về bảo đảm ANTT.\nDòng hai.\n\n- gạch đầu dòng", Stored(host, "ld-danh-gia")!.Text);
    }

    [Fact]
    public void ReviewDialog_LongTextOverTheLimit_SaysTheLimit()
    {
        var (host, chat) = AtQuestion("1.6");
        using var _ = host;

        chat.Say(new string('a', 10_000)).Expect("vượt quá giới hạn");

        Assert.Null(Stored(host, "ld-danh-gia"));
    }

    [Fact]
    public void ReviewDialog_MultiChoice_TypedNumbersOrCardTicks()
    {
        var (host, chat) = AtQuestion("2.3");
        using var _ = host;
        Assert.Contains(chat.Replies, reply => reply.Card is not null);

        chat.Say("1, 3").Expect("Đã lưu");
        Assert.Equal(2, Stored(host, "tm-noi-dung")!.Choices!.Count);

        chat.Say("sua 2.3").Submit(new Dictionary<string, string> { ["action"] = "answer", ["question"] = "tm-noi-dung", ["choices"] = "1,2" }).Expect("Đã lưu");
        Assert.Equal(2, Stored(host, "tm-noi-dung")!.Choices!.Count);
    }

    [Fact]
    public void ReviewDialog_MultiChoiceOverItsMaximum_IsRefused()
    {
        var (host, chat) = AtQuestion("8.1");
        using var _ = host;

        chat.Say("1, 2, 3, 4").Expect("tối đa 3");
    }

    [Fact]
    public void ReviewDialog_Records_SubFormPerRecordThenDone()
    {
        var (host, chat) = AtQuestion("10.4");
        using var _ = host;
        var fields = host.Plan.Sections[^1].Questions[^1].Fields!;

        chat.Say("thêm").Expect("(1/" + fields.Count + ")");
        chat.Say("2").Say("Nguyễn Văn An").Say("Công an xã Hưng Lộc").Say("Phát hiện, cung cấp 5 tin báo có giá trị.").Say("1");
        chat.Expect("Đã lưu").Expect("thứ 1");
        chat.Say("xong");

        var records = Stored(host, "kt-de-nghi")!.Records!;
        Assert.Single(records);
        Assert.Equal("Nguyễn Văn An", records[0][fields[1].Id]);
    }
}
