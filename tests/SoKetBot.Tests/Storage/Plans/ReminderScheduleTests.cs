using System.Text.Json.Nodes;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Storage.Plans;

/// <summary>The plan file's optional "reminders" object: defaults when absent, every key checked, kept in LiteDB.</summary>
public sealed class ReminderScheduleTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-reminders-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(Action<JsonObject> change)
    {
        var plan = PlanValidationTests.ValidPlan();
        change(plan);
        var file = Path.Combine(folder, "plan.json");
        File.WriteAllText(file, plan.ToJsonString());
        return file;
    }

    [Fact]
    public void PlanLoader_NoRemindersObject_TakesTheDefaults()
    {
        var plan = PlanLoader.LoadFile(Write(_ => { }));

        Assert.Equal([7, 3, 1, 0], plan.Reminders.DaysBefore);
        Assert.Equal(new TimeOnly(8, 0), plan.Reminders.At);
        Assert.Equal(3, plan.Reminders.OverdueDays);
        Assert.Equal(2, plan.Reminders.DecisionWaitingDays);
        Assert.Equal((new TimeOnly(7, 0), new TimeOnly(18, 0)), (plan.Reminders.QuietUntil, plan.Reminders.QuietFrom));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], plan.Reminders.WorkingDays);
        Assert.True(plan.Reminders.Enabled);
    }

    [Fact]
    public void PlanLoader_RemindersOverridden_KeepsThemThroughLiteDb()
    {
        var plan = PlanLoader.LoadFile(Write(plan => plan["reminders"] = JsonNode.Parse("""
            { "daysBefore": [10, 5, 0], "at": "09:30", "overdueDays": 2, "decisionWaitingDays": 3, "quietUntil": "06:00", "quietFrom": "20:00", "workingDays": ["monday", "saturday"] }
            """)));
        using var database = new SoKetBotDatabase(":memory:");
        var store = new PlanStore(database);
        store.Save(plan);

        var kept = store.Find(plan.Id)!.Reminders;

        Assert.Equal([10, 5, 0], kept.DaysBefore);
        Assert.Equal(new TimeOnly(9, 30), kept.At);
        Assert.Equal(2, kept.OverdueDays);
        Assert.Equal(3, kept.DecisionWaitingDays);
        Assert.Equal((new TimeOnly(6, 0), new TimeOnly(20, 0)), (kept.QuietUntil, kept.QuietFrom));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Saturday], kept.WorkingDays);
    }

    [Theory]
    [InlineData("""{ "at": "19:00" }""", "reminders.at")]
    [InlineData("""{ "at": "8h" }""", "reminders.at")]
    [InlineData("""{ "quietUntil": "18:00", "quietFrom": "07:00" }""", "reminders.quietFrom")]
    [InlineData("""{ "daysBefore": [-1] }""", "reminders.daysBefore")]
    [InlineData("""{ "workingDays": ["thu hai"] }""", "reminders.workingDays")]
    [InlineData("""{ "overdueDays": 99 }""", "reminders.overdueDays")]
    public void PlanLoader_BadReminders_NamesTheKey(string reminders, string place)
    {
        var file = Write(plan => plan["reminders"] = JsonNode.Parse(reminders));

        var exception = Assert.Throws<PlanValidationException>(() => PlanLoader.LoadFile(file));

        Assert.Contains(exception.Problems, problem => problem.Place == place);
    }

    [Fact]
    public void PlanLoader_UnknownReminderKey_IsRefused()
    {
        var file = Write(plan => plan["reminders"] = JsonNode.Parse("""{ "daysBefor": [7] }"""));

        Assert.Throws<PlanValidationException>(() => PlanLoader.LoadFile(file));
    }
}
