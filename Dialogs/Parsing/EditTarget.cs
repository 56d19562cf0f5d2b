using System.Globalization;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>What to change, as typed after "sửa" or at the edit question: "3", "3.2", "3 2", "phần 3", "câu 3.2", "phần 3 câu 2".</summary>
public static class EditTarget
{
    private const int MaxLength = 64;

    /// <summary>The section and, when given, the question; null when the text names neither.</summary>
    public static (int Section, int? Question)? Parse(string text) => text.Length > MaxLength ? null : ParseFolded(TextFold.Fold(text));

    /// <summary>As <see cref="Parse"/>, for text already folded (<see cref="TextFold"/>).</summary>
    public static (int Section, int? Question)? ParseFolded(string folded)
    {
        if (folded.Length > MaxLength)
        {
            return null;
        }

        var tokens = Tokens(folded);
        if (tokens.Count > 0 && tokens[0] is "phan" or "cau")
        {
            tokens.RemoveAt(0);
        }

        if (tokens.Count == 0 || Number(tokens[0]) is not { } section)
        {
            return null;
        }

        tokens.RemoveAt(0);
        if (tokens.Count > 0 && tokens[0] is "." or "," or "/" or "cau")
        {
            tokens.RemoveAt(0);
        }

        return tokens.Count switch
        {
            0 => (section, null),
            1 when Number(tokens[0]) is { } question => (section, question),
            _ => null,
        };
    }

    // Runs of digits, runs of letters, and single separators; spaces only separate.
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsAsciiDigit(c) || char.IsAsciiLetter(c))
            {
                var digits = char.IsAsciiDigit(c);
                while (i < text.Length && (digits ? char.IsAsciiDigit(text[i]) : char.IsAsciiLetter(text[i])))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
                continue;
            }

            if (c != ' ')
            {
                tokens.Add(c.ToString());
            }

            i++;
        }

        return tokens;
    }

    private static int? Number(string token) =>
        token.Length is >= 1 and <= 2 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
