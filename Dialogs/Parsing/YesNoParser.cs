namespace SoKetBot.Dialogs.Parsing;

/// <summary>Reads yes or no as officials type it: "có", "co", "c", "rồi", "đã"... and "không", "k", "ko", "chưa"...</summary>
public static class YesNoParser
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "co", "c", "roi", "da", "dung", "vang", "yes", "y", "ok", "co roi", "da co", "da roi", "co a", "roi a", "da a", "dung roi", "co to chuc", "x",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "khong", "k", "ko", "kh", "hong", "khg", "chua", "no", "n", "khong co", "chua co", "khong a", "chua a", "khong to chuc", "chua roi",
    };

    /// <summary>True for yes, false for no, null when it is neither.</summary>
    public static bool? Parse(string text)
    {
        var folded = TextFold.Fold(text);
        return Yes.Contains(folded) ? true : No.Contains(folded) ? false : null;
    }
}
