using System.Text;

namespace SoKetBot.Dialogs.Engine;

/// <summary>
/// Cleans text as it enters a turn, before anything reads or stores it: line breaks become <c>\n</c>; control
/// characters (but tab and line feed), bidirectional overrides, isolates and marks, zero-width characters, lone
/// surrogates and noncharacters are removed; the rest is NFC, so what is stored compares and displays the same everywhere.
/// </summary>
internal static class InputText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text))
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    kept.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (c == '\r')
            {
                kept.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\u2028' or '\u2029')
            {
                kept.Append('\n');
            }
            else if (!IsRemoved(c))
            {
                kept.Append(c);
            }
        }

        // Normalize throws on lone surrogates; none are left.
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (c == '\r' || char.IsSurrogate(c) || c is '\u2028' or '\u2029' || IsRemoved(c))
            {
                return false;
            }
        }

        return true;
    }

    // A surrogate reaching here is alone (pairs are kept above).
    private static bool IsRemoved(char c) => c switch
    {
        '\n' or '\t' => false,
        < '\u0020' or (>= '\u007F' and <= '\u009F') => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\u200E' or '\u200F' or '\u061C' => true,
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u180E' => true,
        _ => char.IsSurrogate(c) || IsNoncharacter(c),
    };

    // U+FDD0–U+FDEF and the last two code points of every plane: never text, and Normalize refuses them.
    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
