namespace SoKetBot.Dialogs.Parsing;

/// <summary>
/// The standard abbreviations of Vietnamese public administration and of the movement, folded: "MTTQ" is "mặt trận tổ
/// quốc", "CCB" is "cựu chiến binh". A choice and what was typed are both read with them spelled out, so "Mặt trận" finds
/// "Ủy ban MTTQ" and "HLHPN" finds "Hội Liên hiệp Phụ nữ".
/// </summary>
internal static class Abbreviations
{
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["mttq"] = "mat tran to quoc",
        ["ubmttq"] = "uy ban mat tran to quoc",
        ["mt"] = "mat tran",
        ["ub"] = "uy ban",
        ["ubnd"] = "uy ban nhan dan",
        ["hdnd"] = "hoi dong nhan dan",
        ["ccb"] = "cuu chien binh",
        ["hccb"] = "hoi cuu chien binh",
        ["hlhpn"] = "hoi lien hiep phu nu",
        ["hpn"] = "hoi phu nu",
        ["pn"] = "phu nu",
        ["dtn"] = "doan thanh nien",
        ["dtncs"] = "doan thanh nien cong san",
        ["dvtn"] = "doan vien thanh nien",
        ["tn"] = "thanh nien",
        ["hnd"] = "hoi nong dan",
        ["nd"] = "nong dan",
        ["cd"] = "cong doan",
        ["ldld"] = "lien doan lao dong",
        ["antq"] = "an ninh to quoc",
        ["antt"] = "an ninh trat tu",
        ["cand"] = "cong an nhan dan",
        ["ca"] = "cong an",
        ["bca"] = "bo cong an",
        ["bcd"] = "ban chi dao",
        ["bk"] = "bang khen",
        ["gk"] = "giay khen",
        ["ct"] = "chu tich",
        ["gd"] = "giam doc",
        ["kdc"] = "khu dan cu",
        ["tdp"] = "to dan pho",
        ["mxh"] = "mang xa hoi",
        ["fb"] = "mang xa hoi",
        ["facebook"] = "mang xa hoi",
        ["tnxh"] = "te nan xa hoi",
        ["pctp"] = "phong chong toi pham",
        ["pbgdpl"] = "pho bien giao duc phap luat",
        ["pl"] = "phap luat",
        ["tb"] = "trung binh",
    };

    /// <summary>The folded words with every abbreviation among them spelled out.</summary>
    public static List<string> Expand(IEnumerable<string> foldedWords)
    {
        var words = new List<string>();
        foreach (var word in foldedWords)
        {
            if (Expansions.TryGetValue(word, out var expansion))
            {
                words.AddRange(expansion.Split(' '));
            }
            else
            {
                words.Add(word);
            }
        }

        return words;
    }
}
