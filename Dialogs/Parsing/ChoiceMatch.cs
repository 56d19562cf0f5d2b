namespace SoKetBot.Dialogs.Parsing;

/// <summary>A choice ready to be matched: its folded words, and again with its abbreviations spelled out.</summary>
internal sealed record PreparedChoice(IReadOnlyList<IReadOnlyList<string>> Spellings);

/// <summary>
/// Finds the choice a piece of text names, by how closely it fits: the whole choice, then its start, then a run of its
/// words, then its words in order with others between, then the initials of a run of its words. The closest fit wins;
/// two choices fitting equally close is ambiguous.
/// </summary>
internal static class ChoiceMatch
{
    private const int None = int.MaxValue;

    public static IReadOnlyList<PreparedChoice> Prepare(IReadOnlyList<string> choices) =>
        [.. choices.Select(choice => new PreparedChoice(Spellings(choice)))];

    public static bool IsExact(PreparedChoice choice, string folded)
    {
        var words = Words(folded);
        return choice.Spellings.Any(spelling => spelling.SequenceEqual(words, StringComparer.Ordinal));
    }

    public static ChoiceRead Find(IReadOnlyList<PreparedChoice> choices, string folded)
    {
        var words = Words(folded);
        if (words.Count == 0)
        {
            return ChoiceRead.Fail(ChoiceError.NotAChoice);
        }

        if (words is [var only] && int.TryParse(only, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && only.Length <= 3)
        {
            return number >= 1 && number <= choices.Count ? new ChoiceRead([number - 1], ChoiceError.None) : ChoiceRead.Fail(ChoiceError.NotAChoice);
        }

        var typed = new List<IReadOnlyList<string>> { words };
        var expanded = Abbreviations.Expand(words);
        if (!expanded.SequenceEqual(words, StringComparer.Ordinal))
        {
            typed.Add(expanded);
        }

        var tiers = choices.Select(choice => typed.Min(input => choice.Spellings.Min(spelling => Tier(input, spelling)))).ToList();
        var best = tiers.Min();
        if (best == None)
        {
            return ChoiceRead.Fail(ChoiceError.NotAChoice);
        }

        var found = Enumerable.Range(0, choices.Count).Where(i => tiers[i] == best).ToList();
        return found.Count == 1 ? new ChoiceRead(found, ChoiceError.None) : new ChoiceRead(found, ChoiceError.Ambiguous);
    }

    // 0 the whole choice, 1 its start, 2 a run of its words, 3 its words in order, 4 initials of a run of its words.
    private static int Tier(IReadOnlyList<string> input, IReadOnlyList<string> choice)
    {
        if (input.SequenceEqual(choice, StringComparer.Ordinal))
        {
            return 0;
        }

        // One or two letters name a choice only whole or by initials ("TB"), never as a part of one.
        var letters = input.Sum(word => word.Length);
        if (letters >= 3)
        {
            var run = RunAt(input, choice);
            if (run == 0)
            {
                return 1;
            }

            if (run > 0)
            {
                return 2;
            }

            if (IsSubsequence(input, choice))
            {
                return 3;
            }
        }

        return input is [var word] && word.Length >= 2 && IsInitialsOfRun(word, choice) ? 4 : None;
    }

    // Where the input's words stand together in the choice, or -1.
    private static int RunAt(IReadOnlyList<string> input, IReadOnlyList<string> choice)
    {
        for (var start = 0; start + input.Count <= choice.Count; start++)
        {
            var all = true;
            for (var i = 0; i < input.Count && all; i++)
            {
                all = choice[start + i] == input[i];
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }

    private static bool IsSubsequence(IReadOnlyList<string> input, IReadOnlyList<string> choice)
    {
        var at = 0;
        foreach (var word in choice)
        {
            if (at < input.Count && word == input[at])
            {
                at++;
            }
        }

        return at == input.Count;
    }

    private static bool IsInitialsOfRun(string typed, IReadOnlyList<string> choice)
    {
        if (typed.Length < 2 || typed.Length > choice.Count || !typed.All(char.IsAsciiLetter))
        {
            return false;
        }

        var initials = string.Concat(choice.Select(word => word[0]));
        return initials.Contains(typed, StringComparison.Ordinal);
    }

    // The folded words of a choice; and, when it holds an abbreviation written in capitals ("Ủy ban MTTQ"), those spelled out.
    private static List<IReadOnlyList<string>> Spellings(string choice)
    {
        var words = Words(TextFold.Fold(choice));
        var spellings = new List<IReadOnlyList<string>> { words };
        var capitals = choice.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim(".,;:()/\"".ToCharArray()))
            .Where(word => word.Length > 0).ToList();
        if (capitals.Count == words.Count)
        {
            var expanded = Abbreviations.Expand(words.Select((word, i) => word.Length >= 2 && capitals[i].All(char.IsUpper) ? word : "\u0000" + word))
                .Select(word => word.TrimStart('\u0000')).ToList();
            if (!expanded.SequenceEqual(words, StringComparer.Ordinal))
            {
                spellings.Add(expanded);
            }
        }

        return spellings;
    }

    // Words of folded text without the punctuation between them ("phan le: bao cao" is "phan le bao cao").
    private static List<string> Words(string folded)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
