using System.Text.Json;
using System.Text.Json.Nodes;
using SoKetBot.Dialogs.Cards;

namespace SoKetBot.Tests.Cards;

public sealed class CardJsonTests
{
    [Fact]
    public void CardJson_EveryKind_WritesExactAdaptiveCardJson()
    {
        const string expected = """
        {
          "$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5",
          "body":[
            {"type":"TextBlock","text":"Review","wrap":true,"size":"medium","weight":"bolder","color":"good"},
            {"type":"Container","id":"details","items":[{"type":"FactSet","facts":[{"title":"Unit","value":"Ward 1"}]}],"style":"emphasis","isVisible":false},
            {"type":"ColumnSet","columns":[{"type":"Column","items":[{"type":"TextBlock","text":"Left","isSubtle":true}],"width":"auto"},{"type":"Column","items":[{"type":"TextBlock","text":"Right","spacing":"none"}],"width":"stretch"}],"separator":true},
            {"type":"Input.Text","id":"note","placeholder":"Type","isMultiline":true,"maxLength":500,"label":"Note","isRequired":true,"errorMessage":"Needed"},
            {"type":"Input.Number","id":"count","min":0,"max":10,"value":3,"label":"Count"},
            {"type":"Input.Date","id":"due","value":"2026-06-30","label":"Due"},
            {"type":"Input.Toggle","id":"done","title":"Done","valueOn":"yes","valueOff":"no"},
            {"type":"Input.ChoiceSet","id":"pick","choices":[{"title":"A","value":"0"},{"title":"B","value":"1"}],"isMultiSelect":true,"style":"expanded","label":"Pick"},
            {"type":"ActionSet","actions":[{"type":"Action.ToggleVisibility","title":"Details","targetElements":["details"]}]}
          ],
          "actions":[
            {"type":"Action.Submit","title":"Send","data":{"action":"submit"},"style":"positive"},
            {"type":"Action.ShowCard","title":"More","card":{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Inside"}]}},
            {"type":"Action.OpenUrl","title":"Plan","url":"https://example.com/plan"}
          ],
          "fallbackText":"Review","msteams":{"width":"Full"}
        }
        """;

        var json = CardJson.ToJson(SampleCards.EveryKind());

        Assert.Equal(Minify(expected), json);
    }

    [Fact]
    public void CardJson_SmallCard_OmitsNulls()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Hi" }] };

        var json = CardJson.ToJson(card);

        Assert.Equal("""{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi"}]}""", json);
    }

    [Fact]
    public void CardJson_SubmitData_IsAnObjectOfStrings()
    {
        var card = new AdaptiveCard
        {
            Actions = [new SubmitAction { Title = "Go", Data = new Dictionary<string, string> { ["action"] = "answer", ["question"] = "1.2" } }],
        };

        var data = CardJson.ToElement(card).GetProperty("actions")[0].GetProperty("data");

        Assert.Equal(JsonValueKind.Object, data.ValueKind);
        Assert.Equal("answer", data.GetProperty("action").GetString());
        Assert.Equal("1.2", data.GetProperty("question").GetString());
    }

    [Fact]
    public void CardJson_ToElement_IsAnObjectEqualToToJson()
    {
        var card = SampleCards.EveryKind();

        var element = CardJson.ToElement(card);

        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.Equal(CardJson.ToJson(card), element.GetRawText());
    }

    [Theory]
    [InlineData(FontSize.ExtraLarge, "extraLarge")]
    [InlineData(FontSize.Default, "default")]
    [InlineData(FontSize.Medium, "medium")]
    public void CardJson_FontSize_IsAdaptiveCardString(FontSize size, string expected)
    {
        var json = Element(new TextBlock { Text = "x", Size = size });

        Assert.Equal(expected, json["size"]!.GetValue<string>());
    }

    [Fact]
    public void CardJson_Enums_AreAdaptiveCardStrings()
    {
        var json = Element(new TextBlock { Text = "x", Weight = FontWeight.Bolder, Color = TextColor.Attention, Spacing = Spacing.ExtraLarge });
        var choices = Element(new ChoiceSetInput { Id = "c", Style = ChoiceInputStyle.Filtered, Choices = [new Choice("A", "a")] });
        var container = Element(new Container { Style = ContainerStyle.Warning, Spacing = Spacing.Padding, Items = [] });
        var action = CardJson.ToElement(new AdaptiveCard { Actions = [new SubmitAction { Title = "No", Style = ActionStyle.Destructive }] });

        Assert.Equal("bolder", json["weight"]!.GetValue<string>());
        Assert.Equal("attention", json["color"]!.GetValue<string>());
        Assert.Equal("extraLarge", json["spacing"]!.GetValue<string>());
        Assert.Equal("filtered", choices["style"]!.GetValue<string>());
        Assert.Equal("warning", container["style"]!.GetValue<string>());
        Assert.Equal("padding", container["spacing"]!.GetValue<string>());
        Assert.Equal("destructive", action.GetProperty("actions")[0].GetProperty("style").GetString());
    }

    [Fact]
    public void CardJson_Input_WritesTypeThenId()
    {
        var json = CardJson.ToJson(new AdaptiveCard { Body = [new TextInput { Id = "name", IsRequired = true }] });

        Assert.Contains("""{"type":"Input.Text","id":"name","isRequired":true}""", json);
    }

    private static JsonObject Element(CardElement element) =>
        JsonNode.Parse(CardJson.ToJson(new AdaptiveCard { Body = [element] }))!["body"]![0]!.AsObject();

    private static string Minify(string json) => JsonNode.Parse(json)!.ToJsonString();
}
