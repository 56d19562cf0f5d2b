using System.Text.Json;

namespace SoKetBot.Storage.Plans;

// The plan file as written, before validation: everything optional and loosely typed so that every problem
// can be reported at once instead of the first one the deserializer meets.
internal sealed record PlanFile(
    string? Id,
    string? Code,
    string? Title,
    string? Issuer,
    string? LegalBasis,
    string? Issued,
    string? PeriodFrom,
    string? PeriodTo,
    string? TimeZone,
    IReadOnlyList<PlanFile.LevelEntry?>? Levels,
    IReadOnlyList<PlanFile.SectionEntry?>? Sections,
    PlanFile.RemindersEntry? Reminders = null,
    string? Address = null)
{
    internal sealed record RemindersEntry(
        IReadOnlyList<int>? DaysBefore,
        string? At,
        int? OverdueDays,
        int? DecisionWaitingDays,
        string? QuietUntil,
        string? QuietFrom,
        IReadOnlyList<string?>? WorkingDays,
        bool? Enabled);

    internal sealed record LevelEntry(string? Id, string? Name, string? Deadline, string? ReportsTo);

    internal sealed record SectionEntry(string? Id, string? Title, string? Description, IReadOnlyList<string?>? Levels, IReadOnlyList<QuestionEntry?>? Questions);

    internal sealed record QuestionEntry(
        string? Id,
        string? Type,
        string? Prompt,
        string? Help,
        bool? Required,
        IReadOnlyList<string?>? Levels,
        string? Unit,
        JsonElement? Min,
        JsonElement? Max,
        bool? Sum,
        int? MinLength,
        int? MaxLength,
        IReadOnlyList<string?>? Choices,
        int? MaxChoices,
        string? ItemName,
        int? MaxRecords,
        IReadOnlyList<QuestionEntry?>? Fields);
}
