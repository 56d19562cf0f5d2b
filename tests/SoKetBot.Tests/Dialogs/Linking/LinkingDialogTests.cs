using SoKetBot.Storage.Organisation;

namespace SoKetBot.Tests.Dialogs.Linking;

public sealed class LinkingDialogTests
{
    [Fact]
    public void LinkingDialog_UnknownUser_IsAskedForAccountThenCode()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host);

        chat.Start().Expect("tên tài khoản");
        chat.Say("xa").Expect("mã truy cập").Expect("xa");
    }

    [Fact]
    public void LinkingDialog_RightCode_LinksAndGreetsByNameAndUnit()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host);

        chat.Start().Say("XA ").Say("demo");

        chat.Expect("Đã liên kết tài khoản **xa**").Expect("Xin chào đồng chí **Trần Văn Thắng** (xã Hưng Lộc)").Expect("Kế hoạch số **248/KH-UBND**").Expect("còn ");
        Assert.Contains("Bắt đầu", chat.Suggestions);
        Assert.NotNull(host.Get<IChannelLinkStore>().Find(ChannelLink.KeyOf("test", "user-1")));
    }

    [Theory]
    [InlineData("xa", "sai-ma")]
    [InlineData("khong-co-ai", "demo")]
    public void LinkingDialog_WrongAccountOrCode_RefusedWithoutSayingWhich(string account, string code)
    {
        using var host = new DialogHost();
        var chat = new Conversation(host);

        chat.Start().Say(account).Say(code);

        chat.Expect("Tài khoản hoặc mã truy cập không đúng").Expect("còn 4 lần thử");
        Assert.Null(host.Get<IChannelLinkStore>().Find(ChannelLink.KeyOf("test", "user-1")));
    }

    [Fact]
    public void LinkingDialog_FiveWrongCodes_LocksForFifteenMinutes()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host).Start();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            chat.Say("xa").Say("sai");
        }

        chat.Say("xa").Say("sai").Expect("tạm khóa");
        chat.Say("xa").Expect("tạm khóa");
        host.Time.Advance(TimeSpan.FromMinutes(14));
        chat.Say("xa").Expect("tạm khóa");
        host.Time.Advance(TimeSpan.FromMinutes(2));
        chat.Say("xa").Say("demo").Expect("Đã liên kết");
    }

    [Fact]
    public void LinkingDialog_LinkedAccount_IsNeverAskedAgainOnThatChannel()
    {
        using var host = new DialogHost();
        new Conversation(host).SignIn("xa");

        var tomorrow = new Conversation(host, conversationId: "conversation-2").Start();

        tomorrow.Expect("Xin chào").Expect("xã Hưng Lộc").ExpectNot("mã truy cập");
    }

    [Fact]
    public void LinkingDialog_SecondChannelAccount_LinksTheSameOfficial()
    {
        using var host = new DialogHost();
        new Conversation(host).SignIn("huyen");

        new Conversation(host, userId: "teams-29:abc", conversationId: "a:1", channelId: "msteams").SignIn("huyen");

        Assert.Equal(2, host.Get<IChannelLinkStore>().OfOfficial("huyen").Count);
    }
}
