using System.Globalization;
using System.Text;
using SoKetBot.Dialogs.Engine;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>
/// Compares Vietnamese words with their diacritics: a word typed with marks is the word its marks spell ("đúng" is
/// not "dừng"), wherever the keyboard put the tone ("hoá" is "hóa", "huỷ" is "hủy"); a word typed without marks could
/// be any of them and matches by its folded form.
/// </summary>
internal static class Spelling
{
    // Punctuation around a word that is not part of it ("có," "(vì").
    private const string Around = ".,;:!?\"'()[]{}…“”‘’«»";

    /// <summary>The words of a text, lower case, NFC, without the punctuation around them.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var raw in InputText.Clean(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(Around.ToCharArray()).ToLowerInvariant();
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>
    /// The word's letters with their vowel marks (â ă ê ô ơ ư đ), then its tone: the same for every placement of the tone.
    /// </summary>
    public static string Key(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        var tone = '\0';
        foreach (var c in decomposed)
        {
            if (IsTone(c))
            {
                tone = c;
            }
            else
            {
                letters.Append(c);
            }
        }

        var key = letters.ToString().Normalize(NormalizationForm.FormC);
        return tone == '\0' ? key : key + tone;
    }

    /// <summary>Whether the word carries any Vietnamese mark: a tone, a vowel mark or "đ".</summary>
    public static bool IsMarked(string word)
    {
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c is 'đ' or 'Đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a typed word can be the word <paramref name="expected"/>: the same spelling when typed with marks, the same
    /// letters when typed without.
    /// </summary>
    public static bool Matches(string typed, string expected) =>
        IsMarked(typed) ? Key(typed) == Key(expected) : TextFold.Fold(typed) == TextFold.Fold(expected);

    // Acute, grave, hook above, tilde, dot below: the five tones.
    private static bool IsTone(char c) => c is '\u0301' or '\u0300' or '\u0309' or '\u0303' or '\u0323';
}
