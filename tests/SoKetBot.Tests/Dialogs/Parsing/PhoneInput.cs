using System.Globalization;
using System.Text;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Plans;
using SoKetBot.Tests.Storage.Plans;

namespace SoKetBot.Tests.Dialogs.Parsing;

/// <summary>What a typed message must become at one kind of question.</summary>
public abstract record Expect
{
    public sealed record YesNo(bool Flag, string? Comment = null) : Expect;

    public sealed record Number(long Value, bool Approximate = false) : Expect;

    public sealed record Date(int Year, int Month, int Day) : Expect;

    /// <summary>The chosen choices, 1-based as the official sees them.</summary>
    public sealed record Chosen(params int[] Numbers) : Expect
    {
        public override string ToString() => $"Chosen [{string.Join(", ", Numbers)}]";
    }

    public sealed record Text(string Value) : Expect;

    /// <summary>The official declined an optional question: a skip.</summary>
    public sealed record Skip : Expect;

    /// <summary>Not an answer, not a refusal: the question is asked back.</summary>
    public sealed record Unclear : Expect;

    /// <summary>Refused with the reason of this BotText key (its text up to the first placeholder).</summary>
    public sealed record Refused(string Key) : Expect;

    public sealed record IsCommand(CommandKind Kind, int? Section = null, int? Question = null) : Expect;

    public sealed record NotCommand : Expect;
}

/// <summary>One row of the table: a message as typed on a phone, the question it answers, and what it must become.</summary>
public sealed record PhoneInput(string Input, string At, Expect Expected)
{
    /// <summary>Where the row is typed when it is not at a question: as a whole message, before any question reads it.</summary>
    public const string Command = "command";

    // "dừng" typed on a Windows or macOS keyboard arrives decomposed.
    public static PhoneInput Nfd(string input, string at, Expect expected) => new(input.Normalize(NormalizationForm.FormD), at, expected);

    public override string ToString() => $"{At}: \"{Input.Normalize(NormalizationForm.FormC)}\"{(Input.IsNormalized(NormalizationForm.FormC) ? "" : " (NFD)")} → {Expected}";
}

/// <summary>The questions of Plan 248, and a few others, that the table's rows are typed at.</summary>
internal static class PhoneQuestions
{
    // 15/6/2020, 10:00 in Hà Nội: the commune review is under way.
    public static readonly DateTime Now = new(2020, 6, 15, 3, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<Plan> Plan = new(() => PlanLoader.LoadFile(Path.Combine(PlanLoaderTests.BotFolder, "plans", "ke-hoach-248.json")));

    private static readonly Dictionary<string, Question> Extra = new(StringComparer.Ordinal)
    {
        ["number-no-unit"] = new Question { Id = "number-no-unit", Type = QuestionType.Number, Prompt = "Số:", Min = 0 },
        ["number-negative"] = new Question { Id = "number-negative", Type = QuestionType.Number, Prompt = "Chênh lệch:" },
        ["date-no-limits"] = new Question { Id = "date-no-limits", Type = QuestionType.Date, Prompt = "Ngày:" },
        ["date-2020-only"] = new Question { Id = "date-2020-only", Type = QuestionType.Date, Prompt = "Ngày:", MinDate = new DateOnly(2020, 1, 1), MaxDate = new DateOnly(2020, 12, 31) },
        ["date-across-years"] = new Question
        {
            Id = "date-across-years", Type = QuestionType.Date, Prompt = "Ngày:", MinDate = new DateOnly(2026, 12, 8), MaxDate = new DateOnly(2027, 7, 25),
        },
        ["yesno-optional"] = new Question { Id = "yesno-optional", Type = QuestionType.YesNo, Prompt = "Có tổ chức không?", Required = false },
        ["choice-optional"] = new Question
        {
            Id = "choice-optional", Type = QuestionType.Choice, Prompt = "Hình thức:", Required = false, Choices = ["Tổ chức hội nghị sơ kết", "Sơ kết bằng văn bản"],
        },
    };

    public static Plan Plan248 => Plan.Value;

    public static AnswerContext Context => AnswerContext.For(Plan248, Now);

    public static Question At(string id)
    {
        if (Extra.TryGetValue(id, out var extra))
        {
            return extra;
        }

        var questions = Plan248.Sections.SelectMany(section => section.Questions).ToList();
        var dot = id.IndexOf('/', StringComparison.Ordinal);
        return dot < 0
            ? questions.Single(question => question.Id == id)
            : questions.Single(question => question.Id == id[..dot]).Fields!.Single(field => field.Id == id[(dot + 1)..]);
    }

    /// <summary>The fixed start of a BotText value, before its first placeholder.</summary>
    public static string Reason(string key)
    {
        var text = BotText.ResourceManager.GetString(key, CultureInfo.InvariantCulture) ?? throw new ArgumentException("No BotText key " + key, nameof(key));
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        return brace < 0 ? text : text[..brace];
    }
}
