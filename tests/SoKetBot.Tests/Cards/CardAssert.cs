using SoKetBot.Dialogs.Cards;

namespace SoKetBot.Tests.Cards;

/// <summary>Asserts that cards pass the real adaptivecards renderer (see <see cref="CardChecker"/>), failing with its messages.</summary>
internal static class CardAssert
{
    public static void Valid(AdaptiveCard card) => AllValid([card]);

    /// <summary>Checks all the cards in one run of Node, which is much faster than one run per card.</summary>
    public static void AllValid(IEnumerable<AdaptiveCard> cards)
    {
        var list = cards.ToList();
        var json = "[" + string.Join(",", list.Select(CardJson.ToJson)) + "]";

        var result = CardChecker.Check(json);

        if (!result.Ok)
        {
            Assert.Fail($"The Adaptive Card renderer rejected {(list.Count == 1 ? "the card" : "a card")}:{Environment.NewLine}{result.Describe()}{Environment.NewLine}{json}");
        }
    }
}
