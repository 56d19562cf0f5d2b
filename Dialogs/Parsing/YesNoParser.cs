using SoKetBot.Dialogs.Engine;

namespace SoKetBot.Dialogs.Parsing;

/// <summary>
/// Yes, no, or neither; with what the official added after the answer ("Không, vì …" keeps "vì …"), NFC. When the
/// text reads as an answer only by guessing its missing diacritics ("dung": "đúng" or "dừng"?) it is <see cref="Unclear"/>:
/// ask again rather than store a guess.
/// </summary>
public readonly record struct YesNoRead(bool? Flag, string? Comment, bool Unclear)
{
    public bool Ok => Flag is not null;
}

/// <summary>
/// Reads yes or no as officials type it: "có", "ừ", "ok", "đc", "vâng ạ", "rồi", "đã tổ chức"... and "không", "ko", "k có",
/// "chưa", "chưa tổ chức"...; with or without diacritics, or with Telex/VNI leftovers ("cos", "khong6"). A word typed with
/// diacritics is the word they spell: "đúng" is yes, "dừng" and "dùng" are not answers.
/// </summary>
public static class YesNoParser
{
    // An answer and its comment are one message; a longer one was refused at the engine's door already.
    private const int MaxLength = 10_000;

    // The answer itself is a few words; "đã tổ chức" with what was held is a few more.
    private const int MaxHeadWords = 10;

    private static readonly string[] YesPhrases =
    [
        "có", "c", "có ạ", "có rồi", "có rồi ạ", "rồi", "rồi ạ", "đã", "đã có", "đã rồi", "đã có rồi", "đã ạ", "dạ", "dạ có", "dạ rồi",
        "dạ đã", "dạ vâng", "vâng", "vâng ạ", "vâng có", "ừ", "ừ có", "ừa", "uk", "uh", "ukm", "ok", "oke", "okie", "okay", "ok ạ",
        "được", "được ạ", "đc", "dc", "yes", "y", "x", "đúng", "đúng rồi", "đúng vậy", "đúng ạ", "đồng ý", "có tổ chức", "đã tổ chức",
        "có thực hiện", "đã thực hiện", "có ạ có",
    ];

    private static readonly string[] NoPhrases =
    [
        "không", "không ạ", "không có", "không có ạ", "ko", "ko ạ", "ko có", "k", "k có", "kh", "khg", "kg", "hông", "hok", "chưa", "chưa ạ",
        "chưa có", "chưa có ạ", "chưa rồi", "chưa từng", "no", "n", "không tổ chức", "chưa tổ chức", "không đúng", "không được", "ko đc",
        "k đc", "không thực hiện", "chưa thực hiện", "dạ không", "dạ chưa", "không đồng ý",
    ];

    // Folded words whose diacritics change the meaning: typed without them, they are not taken for an answer.
    private static readonly HashSet<string> Homographs = new(StringComparer.Ordinal) { "dung" };

    // After "đã …" or "chưa …", words that turn or blur the answer ("đã hủy", "đã không", "chưa biết").
    private static readonly HashSet<string> Turning = new(StringComparer.Ordinal)
    {
        "khong", "chua", "ko", "k", "kh", "chang", "cha", "huy", "dung", "ngung", "hoan", "bo", "thoi", "le", "biet", "nho", "ro", "phai",
        "het", "sai", "dinh", "se", "sap",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "a", "roi", "nhe", "nha", "luon", "vay", "do", "ca" };

    // Words that start the comment after an answer typed without a comma: "Không vì chưa có kinh phí".
    private static readonly string[] Connectors = ["vì", "nhưng", "do", "bởi", "tuy", "mà", "song", "tuy nhiên"];

    private const string Separators = ",;:.!?\n(–—";

    private static readonly Dictionary<string, List<(string[] Words, bool Flag)>> ByFold = Index();

    /// <summary>True for yes, false for no, null when it is neither or unclear.</summary>
    public static bool? Parse(string text) => Read(text).Flag;

    /// <summary>
    /// Reads the answer and its comment. <paramref name="prompt"/> (the question) lets "có tổ chức" or "không đưa vào"
    /// count as an answer when the words come from the question.
    /// </summary>
    public static YesNoRead Read(string text, string? prompt = null)
    {
        if (text.Length > MaxLength)
        {
            return default;
        }

        var clean = InputText.Clean(text).Trim();
        var (head, comment) = Split(clean);
        var words = Spelling.Words(head);
        if (words.Count is 0 or > MaxHeadWords)
        {
            return default;
        }

        var answer = Head(words, prompt);
        if (answer.Flag is null && !answer.Unclear)
        {
            var decoded = words.Select(KeyboardLeftovers.Word).ToList();
            if (!decoded.SequenceEqual(words, StringComparer.Ordinal))
            {
                answer = Head(decoded, prompt);
            }
        }

        if (answer.Unclear || answer.Flag is null)
        {
            return new YesNoRead(null, null, answer.Unclear);
        }

        var kept = answer.WholeIsComment ? clean : comment;
        return new YesNoRead(answer.Flag, string.IsNullOrWhiteSpace(kept) ? null : kept, false);
    }

    private static (bool? Flag, bool Unclear, bool WholeIsComment) Head(List<string> words, string? prompt)
    {
        var key = string.Join(' ', words.Select(TextFold.Fold));
        if (ByFold.TryGetValue(key, out var phrases))
        {
            foreach (var (phrase, flag) in phrases)
            {
                if (words.Select((word, i) => Spelling.Matches(word, phrase[i])).All(match => match))
                {
                    var guessed = words.Any(word => !Spelling.IsMarked(word) && Homographs.Contains(TextFold.Fold(word)));
                    return guessed ? (null, true, false) : (flag, false, false);
                }
            }

            return (null, false, false);
        }

        return Doing(words, prompt);
    }

    // "đã tổ chức" / "chưa kiện toàn": the answer and what was (not) done; "có …" / "không …" only with the question's own words.
    private static (bool? Flag, bool Unclear, bool WholeIsComment) Doing(List<string> words, string? prompt)
    {
        if (words.Count < 2)
        {
            return (null, false, false);
        }

        var lead = words[0];
        bool? flag = Spelling.Matches(lead, "đã") ? true
            : Spelling.Matches(lead, "chưa") ? false
            : Spelling.Matches(lead, "có") ? true
            : Spelling.Matches(lead, "không") || lead is "ko" or "k" ? false
            : null;
        var rest = words.Skip(1).Select(TextFold.Fold).Where(word => !Fillers.Contains(word)).ToList();
        if (flag is null || rest.Any(Turning.Contains))
        {
            return (null, false, false);
        }

        var asked = prompt is null ? [] : Spelling.Words(prompt).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal);
        var fromQuestion = rest.All(asked.Contains);
        // "có 2 nghị quyết": how many there are says yes as well; the figure is kept in the comment.
        var saysDone = Spelling.Matches(lead, "đã") || Spelling.Matches(lead, "chưa") || (flag == true && rest.Count > 0 && char.IsAsciiDigit(rest[0][0]));
        return saysDone || fromQuestion ? (flag, false, !fromQuestion) : (null, false, false);
    }

    // The answer, then what follows the first separator or connector, kept as typed.
    private static (string Head, string? Comment) Split(string clean)
    {
        var start = 0;
        var word = 0;
        for (var i = 0; i <= clean.Length && word <= MaxHeadWords; i++)
        {
            if (i < clean.Length && Separators.Contains(clean[i], StringComparison.Ordinal))
            {
                var comment = clean[(i + 1)..].Trim();
                if (clean[i] == '(' && comment.EndsWith(')'))
                {
                    comment = comment[..^1].TrimEnd();
                }

                return (clean[..i], comment);
            }

            if (i == clean.Length || char.IsWhiteSpace(clean[i]))
            {
                if (i > start && word > 0 && IsConnector(clean, start))
                {
                    return (clean[..start], clean[start..].Trim());
                }

                word += i > start ? 1 : 0;
                start = i + 1;
            }
        }

        return (clean, null);
    }

    private static bool IsConnector(string clean, int start)
    {
        var end = clean.IndexOfAny([' ', '\n', '\t'], start);
        var word = end < 0 ? clean[start..] : clean[start..end];
        return Connectors.Any(connector => !connector.Contains(' ', StringComparison.Ordinal) && Spelling.Matches(word, connector));
    }

    private static Dictionary<string, List<(string[] Words, bool Flag)>> Index()
    {
        var index = new Dictionary<string, List<(string[] Words, bool Flag)>>(StringComparer.Ordinal);
        foreach (var (phrases, flag) in new[] { (YesPhrases, true), (NoPhrases, false) })
        {
            foreach (var phrase in phrases)
            {
                var words = phrase.Split(' ');
                var key = string.Join(' ', words.Select(TextFold.Fold));
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add((words, flag));
            }
        }

        return index;
    }
}
