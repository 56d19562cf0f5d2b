using Microsoft.Extensions.Time.Testing;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Storage.Plans;

public sealed class PlanShiftTests
{
    private static Plan Plan248() => PlanLoader.LoadFile(Path.Combine(PlanLoaderTests.BotFolder, "plans", "ke-hoach-248.json"));

    [Fact]
    public void ShiftToToday_Plan248_IssuedTodayAndDeadlinesKeepTheirDistance()
    {
        var plan = Plan248();

        var shifted = PlanShift.ShiftToToday(plan, new DateOnly(2026, 11, 29));

        Assert.Equal(new DateOnly(2026, 11, 29), shifted.Issued);
        Assert.Equal(new DateTime(2027, 1, 3, 17, 0, 0, DateTimeKind.Utc), shifted.FindLevel("commune")!.Deadline);
        Assert.Equal(new DateTime(2027, 2, 2, 17, 0, 0, DateTimeKind.Utc), shifted.FindLevel("district")!.Deadline);
        Assert.Equal(new DateTime(2027, 3, 5, 17, 0, 0, DateTimeKind.Utc), shifted.FindLevel("province")!.Deadline);
        var date = shifted.Sections.SelectMany(s => s.Questions).Single(q => q.Id == "ld-ngay-so-ket");
        Assert.Equal(new DateOnly(2026, 11, 29), date.MinDate);
        Assert.Equal(new DateOnly(2027, 7, 18), date.MaxDate);
        Assert.Equal(new DateOnly(2020, 5, 14), plan.Issued);
        Assert.Equal(plan.PeriodFrom, shifted.PeriodFrom);
    }

    [Fact]
    public void TodayIn_LateEveningUtc_IsTomorrowInHanoi()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 18, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 29), PlanShift.TodayIn(Plan248(), time));
    }

    [Fact]
    public void ShiftByDays_Zero_ReturnsThePlanItself()
    {
        var plan = Plan248();

        Assert.Same(plan, PlanShift.ShiftByDays(plan, 0));
    }
}
