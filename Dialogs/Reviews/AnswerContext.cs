using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Parsing;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>
/// What an answer is read against beyond its question: today in the plan's zone ("hôm nay", "hôm qua"), and the plan's time
/// (from the start of the period it reviews to its last deadline), which fixes the year of "12/6" at a date question
/// without limits of its own when only one 12 June lies in it.
/// </summary>
internal sealed record AnswerContext(DateOnly Today, DateOnly From, DateOnly To)
{
    public static AnswerContext For(Plan plan, DateTime nowUtc)
    {
        var zone = PlanClock.ZoneOf(plan);
        var lastDeadline = plan.Levels.Count == 0 ? plan.PeriodTo : plan.Levels.Max(level => PlanClock.DeadlineDate(level, zone));
        return new AnswerContext(PlanClock.LocalDate(nowUtc, zone), plan.PeriodFrom, lastDeadline > plan.PeriodTo ? lastDeadline : plan.PeriodTo);
    }

    /// <summary>The dates a question allows: its own limits where it has them, the plan's time where it does not.</summary>
    public DateContext For(Question question) => new(Today, question.MinDate ?? From, question.MaxDate ?? To);
}
