using SoKetBot.Dialogs.Parsing;

namespace SoKetBot.Tests.Dialogs.Parsing;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("trợ giúp", CommandKind.Help)]
    [InlineData("tro giup", CommandKind.Help)]
    [InlineData("Quay lại", CommandKind.Back)]
    [InlineData("quay lai", CommandKind.Back)]
    [InlineData("bỏ qua", CommandKind.Skip)]
    [InlineData("bo qua!", CommandKind.Skip)]
    [InlineData("tiến độ", CommandKind.Progress)]
    [InlineData("tạm dừng", CommandKind.Pause)]
    [InlineData("tiep  tuc", CommandKind.Resume)]
    [InlineData("hủy", CommandKind.Cancel)]
    [InlineData("huỷ", CommandKind.Cancel)]
    [InlineData("Nộp báo cáo", CommandKind.Submit)]
    [InlineData("xem lại", CommandKind.Summary)]
    [InlineData("giải thích", CommandKind.QuestionHelp)]
    [InlineData("giữ nguyên", CommandKind.Keep)]
    [InlineData("thêm", CommandKind.Add)]
    [InlineData("xong", CommandKind.Done)]
    [InlineData("bắt đầu", CommandKind.Start)]
    [InlineData("chờ duyệt", CommandKind.Pending)]
    [InlineData("cho duyet", CommandKind.Pending)]
    public void Parse_CommandWithOrWithoutDiacritics(string text, CommandKind kind) => Assert.Equal(new Command(kind), CommandParser.Parse(text));

    [Theory]
    [InlineData("sửa 3.2", 3, 2)]
    [InlineData("sua 3.2", 3, 2)]
    [InlineData("sửa 3 2", 3, 2)]
    [InlineData("sửa phần 3 câu 2", 3, 2)]
    [InlineData("sửa câu 10.1", 10, 1)]
    [InlineData("sửa 4", 4, null)]
    [InlineData("sửa phần 4", 4, null)]
    public void Parse_EditWithTarget(string text, int section, int? question) =>
        Assert.Equal(new Command(CommandKind.Edit, section, question), CommandParser.Parse(text));

    [Fact]
    public void Parse_EditAlone_HasNoTarget() => Assert.Equal(new Command(CommandKind.Edit), CommandParser.Parse("Sửa"));

    [Theory]
    [InlineData("tiếp tục tuyên truyền trong nhân dân")]
    [InlineData("không")]
    [InlineData("12")]
    [InlineData("sửa chữa nhà văn hóa")]
    public void Parse_AnAnswerThatContainsACommandWord_IsNotACommand(string text) => Assert.Null(CommandParser.Parse(text));
}
