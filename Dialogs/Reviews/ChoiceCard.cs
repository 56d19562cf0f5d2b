using System.Globalization;
using SoKetBot.Dialogs.Cards;
using SoKetBot.Dialogs.Resources;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Tick boxes for a several-choices question: easier on a phone than typing "1, 3".</summary>
internal static class ChoiceCard
{
    public static AdaptiveCard For(FormQuestion question) => new()
    {
        Body =
        [
            new TextBlock { Text = $"{question.Label}. {question.Question.Prompt}", Wrap = true, Weight = FontWeight.Bolder },
            new ChoiceSetInput
            {
                Id = CardActions.Choices,
                Label = BotText.Card_ChoicesLabel,
                IsMultiSelect = true,
                Style = ChoiceInputStyle.Expanded,
                IsRequired = true,
                ErrorMessage = BotText.Card_ChooseAtLeastOne,
                Wrap = true,
                Choices = question.Question.Choices!.Select((choice, index) => new Choice(choice, index.ToString(CultureInfo.InvariantCulture))).ToList(),
            },
        ],
        Actions =
        [
            new SubmitAction
            {
                Title = BotText.Card_Choose,
                Style = ActionStyle.Positive,
                Data = new Dictionary<string, string> { [CardActions.Action] = CardActions.Answer, [CardActions.Question] = question.Id },
            },
        ],
    };
}
