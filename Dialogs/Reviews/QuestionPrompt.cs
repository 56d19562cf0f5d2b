using System.Text;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Writes the message that asks a question: where the official is, the prompt, and what answer is expected.</summary>
internal static class QuestionPrompt
{
    private const int MaxButtonText = 40;

    public static string SectionIntro(ReviewForm form, FormQuestion question)
    {
        var section = form.SectionOf(question);
        return VietnameseFormat.Format(BotText.Section_Intro, question.Section, form.Sections.Count, section.Title, section.Description);
    }

    public static string Text(ReviewForm form, FormQuestion question, string? currentAnswer)
    {
        var q = question.Question;
        var text = new StringBuilder(VietnameseFormat.Format(
            BotText.Question_Header, question.Section, question.Number, form.Sections.Count, form.SectionOf(question).Questions.Count));
        if (!q.Required)
        {
            text.Append(' ').Append(BotText.Question_Optional);
        }

        text.Append("\n\n").Append(q.Prompt);
        if (q.Type is QuestionType.Choice or QuestionType.MultiChoice)
        {
            for (var i = 0; i < q.Choices!.Count; i++)
            {
                text.Append('\n').Append(VietnameseFormat.Format(BotText.Choice_Line, i + 1, q.Choices[i]));
            }
        }

        text.Append("\n\n_").Append(Expectation(q)).Append('_');
        if (currentAnswer is not null)
        {
            text.Append("\n\n").Append(VietnameseFormat.Format(BotText.Question_Current, currentAnswer));
        }

        return text.ToString();
    }

    public static IReadOnlyList<string> Suggestions(Question question, bool answered)
    {
        var buttons = new List<string>();
        switch (question.Type)
        {
            case QuestionType.YesNo:
                buttons.Add(BotText.Button_Yes);
                buttons.Add(BotText.Button_No);
                break;
            case QuestionType.Choice:
                buttons.AddRange(question.Choices!.All(choice => choice.Length <= MaxButtonText)
                    ? question.Choices!
                    : Enumerable.Range(1, question.Choices!.Count).Select(number => number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                break;
            case QuestionType.Records:
                buttons.Add(BotText.Button_Add);
                buttons.Add(BotText.Button_Done);
                break;
        }

        if (answered)
        {
            buttons.Add(BotText.Button_Keep);
        }

        if (!question.Required && question.Type != QuestionType.Records)
        {
            buttons.Add(BotText.Button_Skip);
        }

        if (question.Help is not null)
        {
            buttons.Add(BotText.Button_Explain);
        }

        return buttons;
    }

    public static string Expectation(Question question) => question.Type switch
    {
        QuestionType.ShortText => VietnameseFormat.Format(BotText.Expect_ShortText, question.TextLimit),
        QuestionType.LongText => VietnameseFormat.Format(BotText.Expect_LongText, question.TextLimit),
        QuestionType.Number => VietnameseFormat.Format(question.Unit == VietnameseFormat.Percent ? BotText.Expect_Percent : BotText.Expect_Number, NumberExample(question)),
        QuestionType.YesNo => BotText.Expect_YesNo,
        QuestionType.Choice => BotText.Expect_Choice,
        QuestionType.MultiChoice when question.MaxChoices is { } max => VietnameseFormat.Format(BotText.Expect_MultiChoiceMax, max),
        QuestionType.MultiChoice => BotText.Expect_MultiChoice,
        QuestionType.Date => VietnameseFormat.Format(BotText.Expect_Date, DateExample(question)),
        QuestionType.Records => VietnameseFormat.Format(BotText.Expect_Records, question.ItemName ?? "", question.Fields?.Count ?? 0),
        _ => "",
    };

    /// <summary>"12 buổi", "90%", "12": a number the question accepts, with its unit as the answer will be shown.</summary>
    public static string NumberExample(Question question)
    {
        var example = Math.Clamp(question.Unit == VietnameseFormat.Percent ? 90 : 12, question.Min ?? 0, question.Max ?? long.MaxValue);
        return VietnameseFormat.Quantity(example, question.Unit);
    }

    public static string DateExample(Question question) => VietnameseFormat.Date(question.MinDate ?? new DateOnly(2020, 6, 15));
}
