using System.Text;
using CsCheck;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Conversations;

namespace SoKetBot.Tests.Dialogs.Engine;

/// <summary>Random hostile strings: no parser throws, cleaning always gives clean NFC, and no turn fails or resets the conversation.</summary>
public sealed class HostileInputPropertyTests
{
    // Any UTF-16 unit (lone surrogates, controls, noncharacters) or code point, weighted towards what the parsers look at.
    private static readonly Gen<string> Hostile = Gen.Frequency(
            (2, Gen.Char['\0', '\uFFFF'].Select(c => c.ToString())),
            (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
            (4, Gen.Char["0123456789/.-,;+ \r\n\t٠١٢٣٤٥٦٧٨٩０１２３４５６７８９／\u202E\u2066\u200B\u0085\uFEFF\uFFFE\uD800\uDC00đĐ\u0301"].Select(c => c.ToString())),
            (2, Gen.Char["suacphnygiotkvà "].Select(c => c.ToString())))
        .Array[0, 40]
        .Select(string.Concat);

    private static readonly string[] Choices = ["Tổ chức hội nghị", "Sơ kết bằng văn bản", "Lồng ghép"];

    [Fact]
    public void Parsers_RandomStrings_NeverThrow() =>
        Hostile.Sample(text =>
        {
            _ = TextFold.Fold(text);
            _ = NumberParser.Parse(text, "buổi");
            _ = DateParser.Parse(text);
            _ = YesNoParser.Parse(text);
            _ = CommandParser.Parse(text);
            _ = ChoiceParser.One(Choices, text);
            _ = ChoiceParser.Many(Choices, text, 2);
        }, iter: 20_000);

    [Fact]
    public void InputText_RandomStrings_AreCleanNfcAndStayClean() =>
        Hostile.Sample(text =>
        {
            var cleaned = InputText.Clean(text);

            Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
            Assert.Equal(cleaned, InputText.Clean(cleaned));
            Assert.DoesNotContain(cleaned, c => c == '\r' || (char.IsControl(c) && c is not '\n' and not '\t') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200B' or '\uFEFF' or '\uFFFE' or '\uFFFF');
            for (var i = 0; i < cleaned.Length; i++)
            {
                Assert.False(char.IsHighSurrogate(cleaned[i]) ? i + 1 == cleaned.Length || !char.IsLowSurrogate(cleaned[++i]) : char.IsLowSurrogate(cleaned[i]), "lone surrogate");
            }
        }, iter: 20_000);

    [Fact]
    public void TurnEngine_RandomMessagesAtEveryKindOfQuestion_NeverFailAndNeverLeaveTheReview()
    {
        using var host = new DialogHost();
        var labels = new[] { "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.3", "10.4" };
        var chats = labels.Select((label, index) => new Conversation(host, $"user-{index}", $"conv-{index}").SignIn("xa").Say("sửa " + label).Expect("Câu " + label)).ToList();

        Gen.Select(Gen.Int[0, labels.Length - 1], Hostile).Sample(turn =>
        {
            var (index, text) = turn;
            var chat = chats[index];
            chat.Say(text);

            Assert.DoesNotContain(BotText.Common_SomethingWentWrong, chat.Text, StringComparison.Ordinal);
            Assert.NotEqual(DialogMode.Idle, chat.State.Mode);
            if (chat.State.Mode != DialogMode.Answering || chat.State.QuestionId is null)
            {
                chat.Say("sửa " + labels[index]);
            }
        }, iter: 1_500, threads: 1);
    }

    [Fact]
    public void TurnEngine_RandomCardData_NeverFails()
    {
        using var host = new DialogHost();
        var chat = new Conversation(host).SignIn("xa").Say("bắt đầu").Say("sửa 2.3");
        var keys = Gen.OneOf(Gen.Const("action"), Gen.Const("question"), Gen.Const("choices"), Gen.Const("submission"), Gen.Const("version"), Gen.Const("reason"), Gen.Const("sections"), Hostile);
        var values = Gen.OneOf(Gen.Const("answer"), Gen.Const("submit"), Gen.Const("edit"), Gen.Const("approve"), Gen.Const("return"), Gen.Const("tm-noi-dung"), Hostile);

        Gen.Select(keys, values).Array[0, 6].Sample(fields =>
        {
            var data = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in fields)
            {
                data[key] = value;
            }

            chat.Submit(data);

            Assert.DoesNotContain(BotText.Common_SomethingWentWrong, chat.Text, StringComparison.Ordinal);
            Assert.NotEqual(DialogMode.Idle, chat.State.Mode);
            if (chat.State.Mode != DialogMode.Answering)
            {
                chat.Say("sửa 2.3");
            }
        }, iter: 1_000, threads: 1);
    }
}
