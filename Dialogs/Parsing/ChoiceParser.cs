namespace SoKetBot.Dialogs.Parsing;

/// <summary>Why a typed choice was not understood.</summary>
public enum ChoiceError
{
    None,
    NotAChoice,
    Ambiguous,
    TooMany,
}

/// <summary>The chosen indexes (0-based, in the plan's order), or why not.</summary>
public sealed record ChoiceRead(IReadOnlyList<int> Indexes, ChoiceError Error)
{
    public bool Ok => Error == ChoiceError.None;

    public static ChoiceRead Fail(ChoiceError error) => new([], error);
}

/// <summary>
/// Reads a choice by its number or by its text, with or without diacritics; several choices separated by commas,
/// semicolons, "và" or spaces between numbers ("1, 3", "1 3", "1 và 3").
/// </summary>
public static class ChoiceParser
{
    private static readonly string[] Separators = [",", ";", "+", "\n", " va "];

    public static ChoiceRead One(IReadOnlyList<string> choices, string text)
    {
        var folded = TextFold.Fold(text);
        if (int.TryParse(folded, out var number))
        {
            return number >= 1 && number <= choices.Count ? new ChoiceRead([number - 1], ChoiceError.None) : ChoiceRead.Fail(ChoiceError.NotAChoice);
        }

        var foldedChoices = choices.Select(TextFold.Fold).ToList();
        var exact = foldedChoices.IndexOf(folded);
        if (exact >= 0)
        {
            return new ChoiceRead([exact], ChoiceError.None);
        }

        if (folded.Length < 3)
        {
            return ChoiceRead.Fail(ChoiceError.NotAChoice);
        }

        var partial = Enumerable.Range(0, choices.Count).Where(i => foldedChoices[i].Contains(folded, StringComparison.Ordinal)).ToList();
        return partial.Count switch
        {
            1 => new ChoiceRead(partial, ChoiceError.None),
            > 1 => ChoiceRead.Fail(ChoiceError.Ambiguous),
            _ => ChoiceRead.Fail(ChoiceError.NotAChoice),
        };
    }

    public static ChoiceRead Many(IReadOnlyList<string> choices, string text, int? max)
    {
        var folded = " " + TextFold.Fold(text) + " ";
        var parts = folded.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(part => part.Split(' ').All(word => int.TryParse(word, out _)) ? part.Split(' ') : [part])
            .ToList();
        if (parts.Count == 0)
        {
            return ChoiceRead.Fail(ChoiceError.NotAChoice);
        }

        var chosen = new SortedSet<int>();
        foreach (var part in parts)
        {
            var one = One(choices, part);
            if (!one.Ok)
            {
                return one;
            }

            chosen.Add(one.Indexes[0]);
        }

        return max is { } limit && chosen.Count > limit ? ChoiceRead.Fail(ChoiceError.TooMany) : new ChoiceRead([.. chosen], ChoiceError.None);
    }
}
