using System.Globalization;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Turns what an official typed into the answer the question asks for, or the reason with an example.</summary>
internal static class AnswerReader
{
    public static AnswerRead Read(Question question, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return AnswerRead.Fail(BotText.Error_Empty);
        }

        return question.Type switch
        {
            QuestionType.Number => ReadNumber(question, text),
            QuestionType.YesNo => YesNoParser.Parse(text) is { } flag ? AnswerRead.Ok(new AnswerValue { Flag = flag }) : AnswerRead.Fail(BotText.Error_NotYesNo),
            QuestionType.Choice => ReadChoices(question, ChoiceParser.One(question.Choices!, text)),
            QuestionType.MultiChoice => ReadChoices(question, ChoiceParser.Many(question.Choices!, text, question.MaxChoices)),
            QuestionType.Date => ReadDate(question, text),
            _ => ReadText(question, text),
        };
    }

    /// <summary>The ticked boxes of a several-choices card: their indexes, comma separated, as Web Chat sends them.</summary>
    public static AnswerRead ReadCardChoices(Question question, string? value)
    {
        var indexes = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = new SortedSet<int>();
        foreach (var index in indexes)
        {
            if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= question.Choices!.Count)
            {
                return AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_NotAChoice, question.Choices!.Count));
            }

            chosen.Add(i);
        }

        // A single choice takes one box, whatever the data says.
        var max = question.Type == QuestionType.Choice ? 1 : question.MaxChoices;
        return chosen.Count == 0
            ? AnswerRead.Fail(BotText.Card_ChooseAtLeastOne)
            : ReadChoices(question, new ChoiceRead([.. chosen], max is { } most && chosen.Count > most ? ChoiceError.TooMany : ChoiceError.None));
    }

    /// <summary>One field of a repeated record, kept as text: a choice field keeps the choice's text.</summary>
    public static FieldRead ReadField(Question field, string text)
    {
        var read = Read(field, text);
        if (read.Value is not { } value)
        {
            return new FieldRead(null, read.Error);
        }

        return new FieldRead(value.Choices is { Count: > 0 } choices ? string.Join("; ", choices) : AnswerText.Format(field, value), null);
    }

    private static AnswerRead ReadNumber(Question question, string text)
    {
        var example = QuestionPrompt.NumberExample(question);
        var read = NumberParser.Parse(text, question.Unit);
        return read.Error switch
        {
            NumberError.NotWhole => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_NotWhole, example)),
            NumberError.NotANumber => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_NotANumber, example)),
            // With a limit on that side, the limit is named below; without one, the number is simply too long.
            NumberError.OutOfRange when (read.Value < 0 ? question.Min : question.Max) is null => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_TooManyDigits, example)),
            _ when question.Min is { } min && read.Value < min => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_BelowMin, VietnameseFormat.Number(min), example)),
            _ when question.Max is { } max && read.Value > max => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_AboveMax, VietnameseFormat.Number(max), example)),
            _ => AnswerRead.Ok(new AnswerValue { Number = read.Value }),
        };
    }

    private static AnswerRead ReadChoices(Question question, ChoiceRead read) => read.Error switch
    {
        ChoiceError.Ambiguous => AnswerRead.Fail(BotText.Error_Ambiguous),
        ChoiceError.TooMany => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_TooManyChoices, question.Type == QuestionType.Choice ? 1 : question.MaxChoices ?? 1)),
        ChoiceError.NotAChoice => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_NotAChoice, question.Choices!.Count)),
        _ => AnswerRead.Ok(new AnswerValue { Choices = read.Indexes.Select(i => question.Choices![i]).ToList() }),
    };

    private static AnswerRead ReadDate(Question question, string text)
    {
        var example = QuestionPrompt.DateExample(question);
        var read = DateParser.Parse(text);
        return read.Error switch
        {
            DateError.NotADate => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_NotADate, example)),
            DateError.NotOnCalendar => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_InvalidDate, example)),
            DateError.YearOutOfRange => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_DateYearOutOfRange, DateParser.FirstYear, DateParser.LastYear, example)),
            _ when question.MinDate is { } min && read.Value < min => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_DateBelowMin, VietnameseFormat.Date(min), example)),
            _ when question.MaxDate is { } max && read.Value > max => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_DateAboveMax, VietnameseFormat.Date(max), example)),
            _ => AnswerRead.Ok(new AnswerValue { Date = read.Value }),
        };
    }

    // Line breaks are kept (as \n); only the ends are trimmed. The length counts what the official sees.
    private static AnswerRead ReadText(Question question, string text)
    {
        var kept = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        var length = new StringInfo(kept).LengthInTextElements;
        if (length > question.TextLimit)
        {
            return AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_TooLong, question.TextLimit, length));
        }

        return question.MinLength is { } min && length < min
            ? AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_TooShort, min))
            : AnswerRead.Ok(new AnswerValue { Text = question.Type == QuestionType.ShortText ? kept.ReplaceLineEndings(" ") : kept });
    }
}

/// <summary>A record's field read as text, or the reason why not.</summary>
internal sealed record FieldRead(string? Value, string? Error);
