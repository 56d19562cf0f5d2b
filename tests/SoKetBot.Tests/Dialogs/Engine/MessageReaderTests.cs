using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Parsing;

namespace SoKetBot.Tests.Dialogs.Engine;

public sealed class MessageReaderTests
{
    private static TurnInput Input(string? text = null, Dictionary<string, string>? value = null, TurnKind kind = TurnKind.Message) =>
        new() { ChannelId = "test", ConversationId = "c", UserId = "u", Text = text, Value = value, Kind = kind };

    [Fact]
    public void Read_ConversationOpened_IsStartedWhateverItCarries() =>
        Assert.IsType<Message.Started>(MessageReader.Read(Input("tiếp tục", kind: TurnKind.ConversationStarted)));

    [Fact]
    public void Read_CardButtonSentWithText_IsTheCardAction()
    {
        var message = MessageReader.Read(Input("Nộp báo cáo", new Dictionary<string, string> { ["action"] = "submit" }));

        Assert.Equal("submit", Assert.IsType<Message.CardAction>(message).Action);
    }

    [Theory]
    [InlineData("tiep tuc", CommandKind.Resume)]
    [InlineData("Bỏ qua", CommandKind.Skip)]
    [InlineData("xong", CommandKind.Done)]
    public void Read_WholeMessageThatIsACommand_IsTheCommandWithItsText(string text, CommandKind kind)
    {
        var typed = Assert.IsType<Message.TypedCommand>(MessageReader.Read(Input(text)));

        Assert.Equal(kind, typed.Command.Kind);
        Assert.Equal(text, typed.Text);
    }

    [Theory]
    [InlineData("12 buổi")]
    [InlineData("Chúng tôi đã tiếp tục tuyên truyền")]
    public void Read_AnythingElseTyped_IsText(string text) =>
        Assert.Equal(text, Assert.IsType<Message.TypedText>(MessageReader.Read(Input(text))).Text);

    [Fact]
    public void Read_CardDataWithoutAnAction_IsAnUnknownCard() =>
        Assert.IsType<Message.UnknownCard>(MessageReader.Read(Input(value: new Dictionary<string, string> { ["x"] = "1" })));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Read_NothingTyped_IsEmpty(string? text) => Assert.IsType<Message.Empty>(MessageReader.Read(Input(text)));
}
