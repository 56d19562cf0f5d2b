using System.Text;
using CsCheck;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Dialogs.Parsing;

/// <summary>
/// Random Unicode (any code unit, any code point, Vietnamese in NFC and NFD, other scripts, lone marks, the words and signs
/// the parsers look for) at every parser and every kind of question: nothing throws, what is kept is NFC, and the work
/// grows linearly with the input.
/// </summary>
public sealed class ParserPropertyTests
{
    private static readonly string[] Pieces =
    [
        "có", "không", "dừng", "đúng", "dung", "được", "chưa", "đã", "ạ", "vì", "mười", "hai", "mươi", "mốt", "trăm", "linh", "nghìn", "triệu",
        "tỷ", "rưỡi", "phần trăm", "khoảng", "tầm", "~", "hơn", "tất cả", "cả", "và", "đến", "từ", "hôm nay", "hôm qua", "ngày", "tháng", "năm",
        "sửa", "edit", "phần", "câu", "MTTQ", "Đoàn", "phụ nữ", "CCB", "hội", "tieptuc", "dd", "ww", "oo", "aa", "s", "f", "j", "x", "r", "z",
        "6", "7", "8", "9", "1k2", "1tr", "k", "tr", "%", ",", ".", "/", "-", ":", ";", "(", ")", " ", "  ", "\n", "\t", "1", "12", "1.234",
        "1,5", "0", "١٢", "１２", "Привет", "مرحبا", "你好", "😀", "\u0301", "\u0300\u0301\u0302", "\u031B", "\u200B", "\u202E", "\uFEFF",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf(Pieces)),
        (2, Gen.Char['\0', '\uFFFF'].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
        (2, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (1, Gen.Char['\u0300', '\u036F'].Select(c => c.ToString())));

    // Half of them decomposed, as Windows and macOS keyboards send Vietnamese.
    private static readonly Gen<string> Text = Gen.Select(Piece.Array[0, 30], Gen.Bool, (pieces, decompose) =>
    {
        var text = string.Concat(pieces);
        return decompose ? InputText.Clean(text).Normalize(NormalizationForm.FormD) : text;
    });

    private static readonly string[] Choices = ["Ủy ban MTTQ", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Hội Nông dân", "Công đoàn"];

    private static readonly DateContext Dates = new(new DateOnly(2020, 6, 15), new DateOnly(2020, 5, 14), new DateOnly(2020, 12, 31));

    // One question of each kind in Plan 248, and the fields of its records.
    private static readonly Lazy<IReadOnlyList<Question>> Questions = new(() =>
    {
        var all = PhoneQuestions.Plan248.Sections.SelectMany(section => section.Questions).ToList();
        return [.. all.GroupBy(question => (question.Type, question.Unit)).Select(group => group.First()), .. all.SelectMany(question => question.Fields ?? [])];
    });

    // Sizes for the work test, and what a step may add beyond its share (buffers grow and are pooled by steps).
    private static readonly int[] Sizes = [128, 256, 512, 1024, 2048, 4096, 8192];
    private const long Slack = 65_536;

    private static readonly (string Name, Action<string> Parse)[] Parsers =
    [
        ("CommandParser", text => CommandParser.Parse(text)),
        ("YesNoParser", text => YesNoParser.Read(text, "Có tổ chức không?")),
        ("NumberParser", text => NumberParser.Parse(text, "tin, bài")),
        ("NumberParser %", text => NumberParser.Parse(text, "%")),
        ("DateParser", text => DateParser.Parse(text, Dates)),
        ("ChoiceParser.One", text => ChoiceParser.One(Choices, text)),
        ("ChoiceParser.Many", text => ChoiceParser.Many(Choices, text, 3)),
        ("AnswerReader yes/no", text => AnswerReader.Read(PhoneQuestions.At("ld-dua-vao-nghi-quyet"), text, PhoneQuestions.Context)),
        ("AnswerReader long text", text => AnswerReader.Read(PhoneQuestions.At("ld-danh-gia"), text, PhoneQuestions.Context)),
        ("TextFold", text => TextFold.Fold(text)),
        ("KeyboardLeftovers", text => KeyboardLeftovers.Decode(text)),
    ];

    [Fact]
    public void Parsers_RandomUnicode_NeverThrowAndKeepNfc() =>
        Text.Sample(text =>
        {
            RunEveryParser(text);
            foreach (var question in Questions.Value)
            {
                var read = AnswerReader.Read(question, text, PhoneQuestions.Context);
                if (read.Value is { } value)
                {
                    _ = AnswerText.Format(question, value);
                    Assert.True(value.Text?.IsNormalized(NormalizationForm.FormC) ?? true, "text is not NFC");
                    Assert.True(value.Comment?.IsNormalized(NormalizationForm.FormC) ?? true, "comment is not NFC");
                    Assert.All(value.Choices ?? [], choice => Assert.True(choice.IsNormalized(NormalizationForm.FormC)));
                }
                else
                {
                    Assert.False(string.IsNullOrEmpty(read.Error), "neither an answer nor a reason");
                }
            }
        }, iter: 3_000);

    [Fact]
    public void Parsers_DoublingTheInput_AtMostDoublesTheExtraWork() =>
        Piece.Array[1, 12].Select(string.Concat).Sample(seed =>
        {
            // Work is counted in bytes allocated on this thread: deterministic, unlike a clock, and every pass over the
            // text allocates. Each parser alone, at 128 to 8192 characters: what one doubling adds, the next may add
            // twice over (linear), not four times (quadratic). Below its cap a parser reads; above, it stops at once.
            // Buffers (pooled, grown by steps) make single steps uneven: compared with the largest step so far, plus slack.
            foreach (var (name, parse) in Parsers)
            {
                var work = Sizes.Select(size => Allocated(parse, Repeat(seed, size))).ToList();
                var most = 0L;
                for (var k = 2; k < work.Count; k++)
                {
                    most = Math.Max(most, work[k - 1] - work[k - 2]);
                    var added = work[k] - work[k - 1];
                    Assert.True(added <= (3 * most) + Slack, $"{name}, seed \"{seed}\": {string.Join(", ", Sizes.Zip(work, (size, bytes) => $"{size} chars {bytes} B"))}");
                }
            }
        }, iter: 40);

    [Theory]
    [InlineData(1_000_000)]
    public void Parsers_AMillionCharacters_ReturnWithoutReadingThemAll(int length)
    {
        var text = new string('1', length / 2) + new string(' ', length / 2);

        // The helpers and a long text answer read all they are given (the engine caps a message); the parsers stop at their caps.
        var work = Parsers.Where(parser => parser.Name is not ("TextFold" or "KeyboardLeftovers" or "AnswerReader long text")).Sum(parser => Allocated(parser.Parse, text));

        // Folding a million characters once would allocate megabytes.
        Assert.True(work < 4 * length, $"{work} bytes for {length} characters");
    }

    private static void RunEveryParser(string text)
    {
        foreach (var (_, parse) in Parsers)
        {
            parse(text);
        }

        _ = NumberParser.Parse(text);
        _ = DateParser.Parse(text);
    }

    private static string Repeat(string seed, int length)
    {
        var text = new StringBuilder(length + seed.Length);
        while (text.Length < length)
        {
            text.Append(seed);
        }

        return text.ToString(0, length);
    }

    private static long Allocated(Action<string> parse, string text)
    {
        // Once before, so that what runs only once (static tables, first calls) is not counted.
        parse(text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        parse(text);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
