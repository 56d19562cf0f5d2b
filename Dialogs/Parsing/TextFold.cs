using System.Globalization;
using System.Text;
using SoKetBot.Dialogs.Engine;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>
/// Folds Vietnamese text for matching: lower case, no diacritics ("đ" becomes "d"), single spaces, no trailing
/// punctuation. "Tiếp  tục!" and "tiep tuc" fold to the same string.
/// </summary>
public static class TextFold
{
    public static string Fold(string text)
    {
        // Compatibility forms fold too (NFKD: fullwidth "１５" is "15"), and so do the digits of other scripts
        // ("١٥"): for matching only, never for what is stored.
        var decomposed = InputText.Clean(text).Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsDigit(c) && !char.IsAsciiDigit(c))
            {
                AppendPendingSpace(folded, ref pendingSpace);
                folded.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)));
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            AppendPendingSpace(folded, ref pendingSpace);
            folded.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return folded.ToString().TrimEnd('.', '!', '?', ';', ':', ',', ' ');
    }

    private static void AppendPendingSpace(StringBuilder folded, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            folded.Append(' ');
            pendingSpace = false;
        }
    }
}
