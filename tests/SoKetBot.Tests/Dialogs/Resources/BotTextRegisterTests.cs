using System.Text.RegularExpressions;
using System.Xml.Linq;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;

namespace SoKetBot.Tests.Dialogs.Resources;

/// <summary>The words of a public-security office: what BotText never says, and where the form of address goes.</summary>
public sealed partial class BotTextRegisterTests
{
    // Each with what the office writes instead.
    public static TheoryData<string, string> Banned => new()
    {
        { "trễ hạn", "quá hạn" },
        { "phiên bản", "lần nộp" },
        { "nhắc nhở", "đôn đốc (a reprimand otherwise)" },
        { "thẻ", "the thing itself: báo cáo, lựa chọn, danh sách" },
        { "nút", "bấm **…**, or the thing itself" },
        { "bởi", "{0} đã phê duyệt (active voice)" },
        { "bị trả lại", "được trả lại (chosen once)" },
        { "anh/chị", "{address}, filled from the plan" },
        { "đồng chí", "{address}, filled from the plan" },
    };

    private static IEnumerable<(string Key, string Value)> Entries() =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "Dialogs", "Resources", "BotText.resx")).Root!.Elements("data")
            .Select(data => ((string)data.Attribute("name")!, (string?)data.Element("value") ?? ""))
            .Where(entry => !entry.Item1.StartsWith("Address_", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Banned))]
    public void BotText_Values_NeverSayTheBannedWord(string word, string instead)
    {
        var offending = Entries().Where(entry => entry.Value.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(entry => entry.Key).ToList();

        Assert.True(offending.Count == 0, $"\"{word}\" in {string.Join(", ", offending)}; write {instead}");
    }

    [Fact]
    public void BotText_PlanCode_IsCitedAsKeHoachSo()
    {
        var offending = Entries().Where(entry => PlanCodeWithoutSo().IsMatch(entry.Value)).Select(entry => entry.Key).ToList();

        Assert.True(offending.Count == 0, $"write \"theo Kế hoạch số {{0}}\" in {string.Join(", ", offending)}");
    }

    [Fact]
    public void BotText_NamedPlaceholders_AreOnlyTheAddressAndSitWhereTheirCaseSays()
    {
        Assert.All(Entries(), entry =>
        {
            foreach (Match match in NamedPlaceholder().Matches(entry.Value))
            {
                Assert.True(match.Value is Address.Placeholder or Address.SentenceStart, $"{entry.Key}: unknown placeholder {match.Value}");
                var before = entry.Value[..match.Index].TrimEnd(' ', '*');
                var atStart = before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n';
                Assert.True(atStart == (match.Value == Address.SentenceStart), $"{entry.Key}: {match.Value} {(atStart ? "starts a sentence: write {Address}" : "is mid-sentence: write {address}")}");
            }
        });
    }

    [Fact]
    public void HelpCommands_EveryCommandItNames_IsUnderstood_AndEveryCommandIsNamed()
    {
        var named = Bold().Matches(BotText.Help_Commands).Select(match => match.Groups[1].Value).ToList();

        var kinds = named.Select(phrase => (phrase, kind: CommandParser.Parse(phrase)?.Kind)).ToList();

        Assert.All(kinds, pair => Assert.True(pair.kind is not null, $"\"{pair.phrase}\" is in the help but is not a command"));
        Assert.Empty(Enum.GetValues<CommandKind>().Except(kinds.Select(pair => pair.kind!.Value)));
    }

    // A suggestion sends its own text: the button must be the command it stands for.
    public static TheoryData<string, CommandKind> Buttons => new()
    {
        { BotText.Button_Start, CommandKind.Start },
        { BotText.Button_Resume, CommandKind.Resume },
        { BotText.Button_Progress, CommandKind.Progress },
        { BotText.Button_Help, CommandKind.Help },
        { BotText.Button_Skip, CommandKind.Skip },
        { BotText.Button_Back, CommandKind.Back },
        { BotText.Button_Add, CommandKind.Add },
        { BotText.Button_Done, CommandKind.Done },
        { BotText.Button_Keep, CommandKind.Keep },
        { BotText.Button_Cancel, CommandKind.Cancel },
        { BotText.Button_Submit, CommandKind.Submit },
        { BotText.Button_Edit, CommandKind.Edit },
        { BotText.Button_Summary, CommandKind.Summary },
        { BotText.Button_Explain, CommandKind.QuestionHelp },
        { BotText.Button_Pending, CommandKind.Pending },
        { BotText.Button_Nudge, CommandKind.Nudge },
    };

    [Theory]
    [MemberData(nameof(Buttons))]
    public void Button_ItsText_IsItsCommand(string text, CommandKind kind) => Assert.Equal(kind, CommandParser.Parse(text)?.Kind);

    [GeneratedRegex(@"(?i)kế hoạch (\*\*)?\{\d")]
    private static partial Regex PlanCodeWithoutSo();

    [GeneratedRegex(@"\{[A-Za-z]\w*\}")]
    private static partial Regex NamedPlaceholder();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Bold();
}
