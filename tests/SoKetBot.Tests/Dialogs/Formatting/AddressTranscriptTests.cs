using System.Text.Json.Nodes;

namespace SoKetBot.Tests.Dialogs.Formatting;

/// <summary>The plan's <c>address</c> reaches what the official reads: signing in, the greeting, the reminders.</summary>
public sealed class AddressTranscriptTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-address-plan-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // Plan 248 as it is, or with another form of address.
    private DialogHost CreateSut(string? address)
    {
        var plan = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Bot, "plans", "ke-hoach-248.json")))!.AsObject();
        if (address is not null)
        {
            plan["address"] = address;
        }

        File.WriteAllText(Path.Combine(folder, "plan.json"), plan.ToJsonString());
        return new DialogHost(settings: new Dictionary<string, string?> { ["Plans:Directory"] = folder });
    }

    [Theory]
    [InlineData(null, "đồng chí", "Đồng chí", "anh/chị")]
    [InlineData("anh/chị", "anh/chị", "Anh/chị", "đồng chí")]
    public void SignIn_AddressesTheOfficialAsThePlanSays(string? address, string word, string capitalised, string other)
    {
        using var host = CreateSut(address);
        var chat = new Conversation(host);

        var texts = new List<string>
        {
            chat.Start().Expect($"đề nghị {word} cho biết **tên tài khoản**").Text,
            chat.Say("xa").Text,
            chat.Say("sai-ma").Expect($"{capitalised} còn 4 lần thử").Text,
            chat.Say("xa").Say("demo").Expect($"Từ nay {word} không cần nhập lại").Expect($"Xin chào {word} **Trần Văn Thắng** (xã Hưng Lộc)").Text,
        };

        Assert.All(texts, text => Assert.DoesNotContain(other, text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(null, "Đồng chí")]
    [InlineData("anh/chị", "Anh/chị")]
    public void Approver_PendingList_SpeaksInThePlansAddress(string? address, string capitalised)
    {
        using var host = CreateSut(address);
        var tinh = new Conversation(host, "user-tinh", "conv-tinh").SignIn("tinh");

        tinh.Say("chờ duyệt").Expect($"chờ {capitalised.ToLowerInvariant()} duyệt");
    }
}
