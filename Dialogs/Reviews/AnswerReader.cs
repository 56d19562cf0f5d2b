using System.Globalization;
using System.Text;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Turns what an official typed into the answer the question asks for, or the reason with an example.</summary>
internal static class AnswerReader
{
    // A comment after "Có, …" or "Không, vì …" is the official's own words; a yes/no question has no length of its own.
    private const int CommentLimit = 1000;

    // What a clarification quotes of the message.
    private const int QuoteLimit = 40;

    /// <summary>
    /// The answer to <paramref name="question"/>; <paramref name="context"/> gives today and the plan's time for dates
    /// ("hôm nay", "12/6"), and may be null where there are none.
    /// </summary>
    public static AnswerRead Read(Question question, string text, AnswerContext? context)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return AnswerRead.Fail(BotText.Error_Empty);
        }

        return question.Type switch
        {
            QuestionType.Number => ReadNumber(question, text),
            QuestionType.YesNo => ReadYesNo(question, text),
            QuestionType.Choice => ReadChoices(question, text, ChoiceParser.One(question.Choices!, text)),
            QuestionType.MultiChoice => ReadChoices(question, text, ChoiceParser.Many(question.Choices!, text, question.MaxChoices)),
            QuestionType.Date => ReadDate(question, text, context),
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
            : ReadChoices(question, "", new ChoiceRead([.. chosen], max is { } most && chosen.Count > most ? ChoiceError.TooMany : ChoiceError.None));
    }

    /// <summary>One field of a repeated record, kept as text: a choice field keeps the choice's text.</summary>
    /// <summary>One field of a repeated record, kept as text, read as <see cref="Read(Question, string, AnswerContext?)"/> reads it.</summary>
    public static FieldRead ReadField(Question field, string text, AnswerContext? context)
    {
        var read = Read(field, text, context);
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
            NumberError.CommaDecimal => CommaDecimal(text),
            NumberError.NotExact => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_NumberNotExact, example)),
            // With a limit on that side, the limit is named below; without one, the number is simply too long.
            NumberError.OutOfRange when (read.Value < 0 ? question.Min : question.Max) is null => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_TooManyDigits, example)),
            _ when question.Min is { } min && read.Value < min => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_BelowMin, VietnameseFormat.Number(min), example)),
            _ when question.Max is { } max && read.Value > max => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_AboveMax, VietnameseFormat.Number(max), example)),
            _ => AnswerRead.Ok(new AnswerValue { Number = read.Value, Approximate = read.Approximate }),
        };
    }

    // "1,234": a decimal in Vietnamese; say what to type if a thousand and more was meant.
    private static AnswerRead CommaDecimal(string text)
    {
        var typed = new string(TextFold.Fold(text).Where(c => char.IsAsciiDigit(c) || c == ',').ToArray());
        var digits = typed.Replace(",", "", StringComparison.Ordinal);
        var whole = long.TryParse(digits, System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        return AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_CommaDecimal, typed, VietnameseFormat.Number(whole), digits));
    }

    private static AnswerRead ReadYesNo(Question question, string text)
    {
        var read = YesNoParser.Read(text, question.Prompt);
        if (read.Unclear)
        {
            return AnswerRead.Ask(VietnameseFormat.Format(BotText.Clarify_YesNo, Quote(text)));
        }

        if (read.Flag is not { } flag)
        {
            return AnswerRead.Fail(BotText.Error_NotYesNo);
        }

        var limit = question.MaxLength ?? CommentLimit;
        var length = read.Comment is null ? 0 : new StringInfo(read.Comment).LengthInTextElements;
        return length > limit
            ? AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_TooLong, limit, length))
            : AnswerRead.Ok(new AnswerValue { Flag = flag, Comment = read.Comment });
    }

    private static AnswerRead ReadChoices(Question question, string text, ChoiceRead read) => read.Error switch
    {
        ChoiceError.Ambiguous when read.Indexes.Count > 1 => AnswerRead.Fail(VietnameseFormat.Format(
            BotText.Error_AmbiguousBetween, Quote(text), string.Join(", ", read.Indexes.Select(i => (i + 1).ToString(CultureInfo.InvariantCulture))))),
        ChoiceError.Ambiguous => AnswerRead.Fail(BotText.Error_Ambiguous),
        ChoiceError.TooMany => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_TooManyChoices, question.Type == QuestionType.Choice ? 1 : question.MaxChoices ?? 1)),
        ChoiceError.NotAChoice => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_NotAChoice, question.Choices!.Count)),
        ChoiceError.Declined when question.Required => AnswerRead.Fail(BotText.Error_ChoiceRequired),
        ChoiceError.Declined => AnswerRead.Skip(),
        _ => AnswerRead.Ok(new AnswerValue { Choices = read.Indexes.Select(i => Nfc(question.Choices![i])).ToList() }),
    };

    private static AnswerRead ReadDate(Question question, string text, AnswerContext? context)
    {
        var example = QuestionPrompt.DateExample(question);
        var read = DateParser.Parse(text, context?.For(question) ?? new DateContext(null, question.MinDate, question.MaxDate));
        return read.Error switch
        {
            DateError.NotADate => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_NotADate, example)),
            DateError.NotOnCalendar => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_InvalidDate, example)),
            DateError.NeedsYear => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_DateNeedsYear, example)),
            DateError.YearOutOfRange => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_DateYearOutOfRange, DateParser.FirstYear, DateParser.LastYear, example)),
            _ when question is { MinDate: { } from, MaxDate: { } to } && (read.Value < from || read.Value > to) =>
                AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_DateOutsideRange, VietnameseFormat.Date(from), VietnameseFormat.Date(to), example)),
            _ when question.MinDate is { } min && read.Value < min => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_DateBelowMin, VietnameseFormat.Date(min), example)),
            _ when question.MaxDate is { } max && read.Value > max => AnswerRead.Fail(VietnameseFormat.Format(BotText.Error_DateAboveMax, VietnameseFormat.Date(max), example)),
            _ => AnswerRead.Ok(new AnswerValue { Date = read.Value }),
        };
    }

    private static string Quote(string text)
    {
        var quoted = InputText.Clean(text).Trim().ReplaceLineEndings(" ");
        return quoted.Length > QuoteLimit ? quoted[..QuoteLimit] + "…" : quoted;
    }

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    // Line breaks are kept (as \n); only the ends are trimmed. The length counts what the official sees.
    private static AnswerRead ReadText(Question question, string text)
    {
        // NFC whatever the keyboard sent: the engine cleans at its door, and a caller that did not still stores NFC.
        var kept = InputText.Clean(text).Trim();
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
