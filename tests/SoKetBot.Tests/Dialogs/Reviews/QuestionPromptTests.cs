using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Tests.Dialogs.Reviews;

public sealed class QuestionPromptTests
{
    private static readonly Plan Plan248 = PlanLoader.LoadFile(Path.Combine(RepositoryRoot.Bot, "plans", "ke-hoach-248.json"));

    private static IEnumerable<Question> NumberQuestions() =>
        Plan248.Sections.SelectMany(section => section.Questions).SelectMany(q => (q.Fields ?? []).Prepend(q)).Where(q => q.Type == QuestionType.Number);

    public static TheoryData<string> Units()
    {
        var units = new TheoryData<string>();
        foreach (var unit in NumberQuestions().Select(q => q.Unit ?? "").Distinct())
        {
            units.Add(unit);
        }

        return units;
    }

    private static Question Number(string? unit, long? min = 0, long? max = 100_000) =>
        new() { Id = "n", Type = QuestionType.Number, Prompt = "Số buổi:", Unit = unit, Min = min, Max = max };

    [Theory]
    [MemberData(nameof(Units))]
    public void NumberPrompt_EveryUnitOfPlan248_ReadsNaturally(string unit)
    {
        var question = NumberQuestions().First(q => (q.Unit ?? "") == unit);

        var text = QuestionPrompt.Expectation(question);

        Assert.DoesNotContain("()", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Assert.Equal(unit == "%" ? "Ghi tỷ lệ phần trăm, ví dụ: 90%." : $"Ghi một số, ví dụ: 12 {unit}.", text);
    }

    [Fact]
    public void NumberPrompt_WithoutUnit_ShowsOnlyTheNumber() =>
        Assert.Equal("Ghi một số, ví dụ: 12.", QuestionPrompt.Expectation(Number(null)));

    [Fact]
    public void NumberPrompt_Percent_WritesThePercentAgainstTheNumber() =>
        Assert.Equal("Ghi tỷ lệ phần trăm, ví dụ: 90%.", QuestionPrompt.Expectation(Number("%", max: 100)));

    [Fact]
    public void NumberPrompt_ExampleOutsideTheRange_IsClamped() =>
        Assert.Equal("Ghi một số, ví dụ: 5 buổi.", QuestionPrompt.Expectation(Number("buổi", max: 5)));

    [Theory]
    [InlineData("%", 90, "90%")]
    [InlineData("buổi", 1234, "1.234 buổi")]
    [InlineData(null, 12, "12")]
    public void AnswerText_Number_IsShownAsThePromptShowsIt(string? unit, long value, string expected) =>
        Assert.Equal(expected, AnswerText.Format(Number(unit), new AnswerValue { Number = value }));

    [Fact]
    public void Plan248_PercentQuestion_HelpAgreesWithThePrompt()
    {
        var percent = Assert.Single(NumberQuestions(), q => q.Unit == "%");

        Assert.Contains("90%", percent.Help, StringComparison.Ordinal);
        Assert.Contains("90%", QuestionPrompt.Expectation(percent), StringComparison.Ordinal);
    }
}
