using SoKetBot.Dialogs.Cards;

namespace SoKetBot.Tests.Cards;

/// <summary>Cards for the JSON and checker tests; ASCII text, so the expected JSON needs no escapes.</summary>
internal static class SampleCards
{
    /// <summary>A small card with every element, input and action kind the model has.</summary>
    public static AdaptiveCard EveryKind() => new()
    {
        FallbackText = "Review",
        MsTeams = TeamsCardOptions.FullWidth,
        Body =
        [
            new TextBlock { Text = "Review", Size = FontSize.Medium, Weight = FontWeight.Bolder, Color = TextColor.Good, Wrap = true },
            new Container
            {
                Id = "details",
                IsVisible = false,
                Style = ContainerStyle.Emphasis,
                Items = [new FactSet { Facts = [new Fact("Unit", "Ward 1")] }],
            },
            new ColumnSet
            {
                Separator = true,
                Columns =
                [
                    new Column { Width = "auto", Items = [new TextBlock { Text = "Left", IsSubtle = true }] },
                    new Column { Width = "stretch", Items = [new TextBlock { Text = "Right", Spacing = Spacing.None }] },
                ],
            },
            new TextInput { Id = "note", Label = "Note", Placeholder = "Type", IsMultiline = true, MaxLength = 500, IsRequired = true, ErrorMessage = "Needed" },
            new NumberInput { Id = "count", Label = "Count", Min = 0, Max = 10, Value = 3 },
            new DateInput { Id = "due", Label = "Due", Value = new DateOnly(2026, 6, 30) },
            new ToggleInput { Id = "done", Title = "Done", ValueOn = "yes", ValueOff = "no" },
            new ChoiceSetInput
            {
                Id = "pick",
                Label = "Pick",
                IsMultiSelect = true,
                Style = ChoiceInputStyle.Expanded,
                Choices = [new Choice { Title = "A", Value = "0" }, new Choice("B", "1")],
            },
            new ActionSet { Actions = [new ToggleVisibilityAction { Title = "Details", TargetElements = ["details"] }] },
        ],
        Actions =
        [
            new SubmitAction { Title = "Send", Style = ActionStyle.Positive, Data = new Dictionary<string, string> { ["action"] = "submit" } },
            new ShowCardAction { Title = "More", Card = new AdaptiveCard { Body = [new TextBlock { Text = "Inside" }] } },
            new OpenUrlAction { Title = "Plan", Url = new Uri("https://example.com/plan") },
        ],
    };
}
