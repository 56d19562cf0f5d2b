using System.Text;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>
/// Reads what a Vietnamese keyboard leaves when it is switched off half-way: Telex ("cos", "khoong", "tieeps tucj",
/// "ddc") and VNI ("co1", "khong6", "d9c") keys typed as letters and digits. Each word becomes the word its keys spell,
/// tone last (as <see cref="Spelling.Key"/> writes it). Only for matching, and only after the text as typed did not match:
/// an English "yes" or "boss" is read as typed first.
/// </summary>
internal static class KeyboardLeftovers
{
    private const string Vowels = "aeiouyăâêôơư";

    /// <summary>The text with every word that looks like Telex or VNI keys spelled out; other words unchanged.</summary>
    public static string Decode(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Word(words[i]);
        }

        return string.Join(' ', words);
    }

    /// <summary>One word spelled out, or the word unchanged when it is not Telex or VNI keys.</summary>
    public static string Word(string word)
    {
        var lower = word.ToLowerInvariant();
        return IsAsciiLetters(lower) ? Telex(lower) : StartsWithLetter(lower) ? Vni(lower) ?? word : word;
    }

    // s f r x j after a vowel are tones (no Vietnamese word has them there); z clears the tone; dd, aa, ee, oo, aw, ow, uw, w.
    private static string Telex(string word)
    {
        var letters = new StringBuilder(word.Length);
        var tone = '\0';
        var seenVowel = false;
        foreach (var c in word)
        {
            var last = letters.Length > 0 ? letters[^1] : '\0';
            switch (c)
            {
                case 's' or 'f' or 'r' or 'x' or 'j' when seenVowel && tone == '\0':
                    tone = Tone(c);
                    continue;
                case 'z' when seenVowel:
                    tone = '\0';
                    continue;
                case 'd' when last == 'd' && letters.Length == 1:
                    letters[^1] = 'đ';
                    continue;
                case 'a' or 'e' or 'o' when last == c:
                    letters[^1] = c switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' };
                    continue;
                case 'w':
                    Horn(letters);
                    seenVowel = true;
                    continue;
            }

            letters.Append(c);
            seenVowel |= Vowels.Contains(c, StringComparison.Ordinal);
        }

        return Spelled(letters, tone);
    }

    // 1–5 tones, 0 clears it, 6 circumflex, 7 horn, 8 breve, 9 đ; a digit that is none of these leaves the word as typed.
    private static string? Vni(string word)
    {
        var letters = new StringBuilder(word.Length);
        var tone = '\0';
        var seenVowel = false;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterLower(c))
            {
                letters.Append(c);
                seenVowel |= Vowels.Contains(c, StringComparison.Ordinal);
                continue;
            }

            var done = c switch
            {
                >= '1' and <= '5' when seenVowel && tone == '\0' => Set(ref tone, "\u0301\u0300\u0309\u0303\u0323"[c - '1']),
                '0' when seenVowel => Set(ref tone, '\0'),
                '6' => Mark(letters, "aeo", "âêô"),
                '7' => Horn(letters),
                '8' => Mark(letters, "a", "ă"),
                '9' => Mark(letters, "d", "đ"),
                _ => false,
            };
            if (!done)
            {
                return null;
            }
        }

        return Spelled(letters, tone);
    }

    private static bool Set(ref char tone, char value)
    {
        tone = value;
        return true;
    }

    // The last of the letters that takes the mark, wherever it is: VNI types marks after the word.
    private static bool Mark(StringBuilder letters, string plain, string marked)
    {
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            var at = plain.IndexOf(letters[i], StringComparison.Ordinal);
            if (at >= 0)
            {
                letters[i] = marked[at];
                return true;
            }
        }

        return false;
    }

    // "uo" takes the horn on both ("ươ"); otherwise the last a (ă), o (ơ) or u (ư); Telex "w" alone is "ư".
    private static bool Horn(StringBuilder letters)
    {
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            switch (letters[i])
            {
                case 'o' when i > 0 && letters[i - 1] is 'u' or 'ư':
                    letters[i - 1] = 'ư';
                    letters[i] = 'ơ';
                    return true;
                case 'o':
                    letters[i] = 'ơ';
                    return true;
                case 'u':
                    letters[i] = 'ư';
                    return true;
                case 'a':
                    letters[i] = 'ă';
                    return true;
            }
        }

        letters.Append('ư');
        return true;
    }

    private static char Tone(char key) => key switch
    {
        's' => '\u0301',
        'f' => '\u0300',
        'r' => '\u0309',
        'x' => '\u0303',
        _ => '\u0323',
    };

    private static string Spelled(StringBuilder letters, char tone) => tone == '\0' ? letters.ToString() : letters.Append(tone).ToString();

    private static bool IsAsciiLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static bool StartsWithLetter(string word) => word.Length > 1 && char.IsAsciiLetterLower(word[0]) && word.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));
}
