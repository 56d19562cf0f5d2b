using System.Globalization;
using System.Text;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>
/// Folds Vietnamese text for matching: lower case, no diacritics ("đ" becomes "d"), single spaces, no trailing
/// punctuation. "Tiếp  tục!" and "tiep tuc" fold to the same string.
/// </summary>
public static class TextFold
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return folded.ToString().TrimEnd('.', '!', '?', ';', ':', ',', ' ');
    }
}
