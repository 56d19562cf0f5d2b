using System.Text.Json.Nodes;
using SoKetBot.Dialogs.Cards;

namespace SoKetBot.Tests.Cards;

// Each bad card starts from a card that passes, so a failure can only come from the one change made to it.
public sealed class CardCheckTests
{
    [Fact]
    public void CardAssert_EveryKind_Passes()
    {
        CardAssert.Valid(SampleCards.EveryKind());
    }

    [Fact]
    public void CardAssert_SeveralCards_PassInOneRun()
    {
        CardAssert.AllValid([SampleCards.EveryKind(), new AdaptiveCard { Body = [new TextBlock { Text = "Hi" }] }, new AdaptiveCard()]);
    }

    [Fact]
    public void CardAssert_Version16_FailsWithTheRendererMessage()
    {
        var card = SampleCards.EveryKind() with { Version = "1.6" };

        var failure = Assert.Throws<Xunit.Sdk.FailException>(() => CardAssert.Valid(card));

        Assert.Contains("UnsupportedCardVersion", failure.Message);
    }

    [Fact]
    public void CardAssert_DuplicateId_Fails()
    {
        var card = new AdaptiveCard { Body = [new TextInput { Id = "note" }, new Container { Id = "note", Items = [] }] };

        var failure = Assert.Throws<Xunit.Sdk.FailException>(() => CardAssert.Valid(card));

        Assert.Contains("DuplicateId", failure.Message);
    }

    [Fact]
    public void CardAssert_OneBadCardAmongGood_Fails()
    {
        var cards = new[] { SampleCards.EveryKind(), new AdaptiveCard { Version = "1.7" } };

        var failure = Assert.Throws<Xunit.Sdk.FailException>(() => CardAssert.AllValid(cards));

        Assert.Contains("card 1: UnsupportedCardVersion", failure.Message);
    }

    [Theory]
    [InlineData("version-1.6", "UnsupportedCardVersion")]
    [InlineData("no-version", "MissingVersion")]
    [InlineData("unknown-element", "UnknownElementType")]
    [InlineData("unknown-nested-element", "UnknownElementType")]
    [InlineData("element-above-1.5", "UnknownElementType")]
    [InlineData("action-execute", "UnknownActionType")]
    [InlineData("unknown-action", "UnknownActionType")]
    [InlineData("input-without-id", "PropertyCantBeNull")]
    [InlineData("duplicate-id", "DuplicateId")]
    [InlineData("unknown-property", "UnknownProperty")]
    [InlineData("bad-enum-value", "InvalidPropertyValue")]
    [InlineData("not-a-card", "MissingCardType")]
    public void CardChecker_BadCard_Fails(string change, string expectedEvent)
    {
        var card = JsonNode.Parse(CardJson.ToJson(SampleCards.EveryKind()))!.AsObject();
        Break(card, change);

        var result = CardChecker.Check(card.ToJsonString());

        Assert.False(result.Ok, $"{change} passed:{Environment.NewLine}{result.Output}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expectedEvent, result.ErrorEvents);
    }

    [Fact]
    public void CardChecker_UnchangedSample_Passes()
    {
        var result = CardChecker.Check(CardJson.ToJson(SampleCards.EveryKind()));

        Assert.True(result.Ok, result.Describe());
        Assert.Empty(result.Cards.Single().Warnings);
    }

    [Fact]
    public void CardChecker_NotJson_ExitsWithTwo()
    {
        var result = CardChecker.Check("{ not json");

        Assert.Equal(2, result.ExitCode);
    }

    private static void Break(JsonObject card, string change)
    {
        var body = card["body"]!.AsArray();
        var actions = card["actions"]!.AsArray();
        switch (change)
        {
            case "version-1.6": card["version"] = "1.6"; break;
            case "no-version": card.Remove("version"); break;
            case "unknown-element": body.Add(new JsonObject { ["type"] = "Fancy", ["text"] = "x" }); break;
            case "unknown-nested-element": body[1]!["items"]!.AsArray().Add(new JsonObject { ["type"] = "Fancy" }); break;
            case "element-above-1.5": body.Add(new JsonObject { ["type"] = "Carousel", ["pages"] = new JsonArray() }); break;
            case "action-execute": actions.Add(new JsonObject { ["type"] = "Action.Execute", ["title"] = "Go", ["verb"] = "go" }); break;
            case "unknown-action": actions.Add(new JsonObject { ["type"] = "Action.Teleport", ["title"] = "Go" }); break;
            case "input-without-id": body.Add(new JsonObject { ["type"] = "Input.Text", ["label"] = "Name" }); break;
            case "duplicate-id": body.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "note" }); break;
            case "unknown-property": body[0]!["wrapp"] = true; break;
            case "bad-enum-value": body[0]!["size"] = "huge"; break;
            case "not-a-card": card["type"] = "HeroCard"; break;
            default: throw new ArgumentOutOfRangeException(nameof(change), change, "No such change.");
        }
    }
}
