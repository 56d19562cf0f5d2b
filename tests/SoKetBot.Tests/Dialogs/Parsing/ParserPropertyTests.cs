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
    public void Parsers_DoublingTheInputThreeTimes_AllocateAtMostTwiceEightTimesAsMuch() =>
        Piece.Array[1, 12].Select(string.Concat).Sample(seed =>
        {
            // Work is counted in bytes allocated on this thread: deterministic, unlike a clock, and it grows with every
            // pass over the text. A quadratic parser allocates 64 times as much for 8 times the text; a linear one 8.
            var small = Repeat(seed, 256);
            var large = Repeat(seed, 256 * 8);
            RunEveryParser(small);
            RunEveryParser(large);

            var smallWork = Allocated(() => RunEveryParser(small));
            var largeWork = Allocated(() => RunEveryParser(large));

            Assert.True(largeWork <= (16 * smallWork) + 65_536, $"{small.Length} chars: {smallWork} bytes; {large.Length} chars: {largeWork} bytes");
        }, iter: 150);

    [Theory]
    [InlineData(1_000_000)]
    public void Parsers_AMillionCharacters_ReturnWithoutReadingThemAll(int length)
    {
        var text = new string('1', length / 2) + new string(' ', length / 2);

        var work = Allocated(() => RunEveryParser(text, helpers: false));

        // Folding a million characters once would allocate megabytes: every parser stops at its cap first.
        Assert.True(work < 4 * length, $"{work} bytes for {length} characters");
    }

    // The helpers read all they are given; the parsers cap what they read.
    private static void RunEveryParser(string text, bool helpers = true)
    {
        if (helpers)
        {
            _ = TextFold.Fold(text);
            _ = KeyboardLeftovers.Decode(text);
        }

        _ = CommandParser.Parse(text);
        _ = YesNoParser.Read(text, "Có tổ chức không?");
        _ = NumberParser.Parse(text);
        _ = NumberParser.Parse(text, "tin, bài");
        _ = NumberParser.Parse(text, "%");
        _ = DateParser.Parse(text, Dates);
        _ = ChoiceParser.One(Choices, text);
        _ = ChoiceParser.Many(Choices, text, 3);
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

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
