using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SoKetBot.Tests.Dialogs.Resources;

public sealed partial class BotTextTests
{
    private static IEnumerable<(string Key, string Value, string Comment)> Entries() =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "Dialogs", "Resources", "BotText.resx")).Root!.Elements("data")
            .Select(data => ((string)data.Attribute("name")!, (string?)data.Element("value") ?? "", (string?)data.Element("comment") ?? ""));

    [Fact]
    public void BotText_EveryKey_HasANonEmptyNfcValue()
    {
        var entries = Entries().ToList();

        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key);
            Assert.True(entry.Value.IsNormalized(NormalizationForm.FormC), entry.Key + " is not NFC");
        });
    }

    [Fact]
    public void BotText_Placeholders_MatchTheirComment()
    {
        Assert.All(Entries(), entry =>
        {
            var used = Placeholder().Matches(entry.Value).Select(match => match.Value).Distinct().Order().ToList();
            var named = Placeholder().Matches(entry.Comment).Select(match => match.Value).Distinct().Order().ToList();
            Assert.True(used.SequenceEqual(named), $"{entry.Key}: uses [{string.Join(",", used)}], comment names [{string.Join(",", named)}]");
        });
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
