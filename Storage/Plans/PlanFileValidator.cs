using System.Globalization;

namespace SoKetBot.Storage.Plans;

// Turns a plan file into a Plan, adding a problem for everything wrong; returns null when it cannot build one.
internal sealed partial class PlanFileValidator(string file, List<PlanProblem> problems)
{
    private static readonly string[] DeadlineFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    private int problemsBefore;

    public Plan? Validate(PlanFile plan)
    {
        problemsBefore = problems.Count;
        var id = Required(plan.Id, "id", "the plan's id, for example \"kh-248-2020\"");
        var code = Required(plan.Code, "code", "the document number, for example \"248/KH-UBND\"");
        var title = Required(plan.Title, "title", "the plan's title");
        var issuer = Required(plan.Issuer, "issuer", "the issuing body, for example \"Ủy ban nhân dân tỉnh Nghệ An\"");
        var legalBasis = Required(plan.LegalBasis, "legalBasis", "the decision the plan implements");
        var issued = Date(plan.Issued, "issued", required: true);
        var periodFrom = Date(plan.PeriodFrom, "periodFrom", required: true);
        var periodTo = Date(plan.PeriodTo, "periodTo", required: true);
        if (periodFrom > periodTo)
        {
            Add("periodFrom", $"The period reviewed starts ({periodFrom:yyyy-MM-dd}) after it ends ({periodTo:yyyy-MM-dd}).", "Swap periodFrom and periodTo, or correct one of them.");
        }

        var zone = Zone(plan.TimeZone);
        var levels = Levels(plan.Levels, zone);
        var sections = Sections(plan.Sections, levels.Select(level => level.Id).ToHashSet());
        var reminders = Reminders(plan.Reminders);
        var address = Address(plan.Address);
        if (problems.Count > problemsBefore)
        {
            return null;
        }

        return new Plan
        {
            Id = id,
            Code = code,
            Title = title,
            Issuer = issuer,
            LegalBasis = legalBasis,
            Issued = issued!.Value,
            PeriodFrom = periodFrom!.Value,
            PeriodTo = periodTo!.Value,
            TimeZone = zone!.Id,
            Levels = levels,
            Sections = sections,
            Reminders = reminders,
            Address = address,
        };
    }

    private TimeZoneInfo? Zone(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Add("timeZone", "The time zone is missing.", "Add \"timeZone\": \"Asia/Ho_Chi_Minh\" (an IANA zone id).");
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            Add("timeZone", $"'{name}' is not a time zone this machine knows.", "Use an IANA zone id such as \"Asia/Ho_Chi_Minh\".");
            return null;
        }
    }

    private List<PlanLevel> Levels(IReadOnlyList<PlanFile.LevelEntry?>? entries, TimeZoneInfo? zone)
    {
        var levels = new List<PlanLevel>();
        if (entries is null || entries.Count == 0)
        {
            Add("levels", "The plan has no levels.", "List the levels that review, each with id, name, deadline and (except the top one) reportsTo.");
            return levels;
        }

        var places = new Dictionary<string, int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var place = $"levels[{i}]";
            if (entries[i] is not { } entry)
            {
                Add(place, "The level is null.", "Remove it or write the level as an object.");
                continue;
            }

            var id = Required(entry.Id, place + ".id", "the level's id, one of the organisation's levels (province, district, department, commune)");
            var name = Required(entry.Name, place + ".name", "the level's name, for example \"Cấp xã\"");
            var deadline = Deadline(entry.Deadline, place + ".deadline");
            if (id.Length > 0 && !places.TryAdd(id, i))
            {
                Add(place + ".id", $"The level id '{id}' is already used by levels[{places[id]}].", "Give each level its own id.");
                continue;
            }

            levels.Add(new PlanLevel { Id = id, Name = name, Deadline = deadline ?? default, ReportsTo = string.IsNullOrWhiteSpace(entry.ReportsTo) ? null : entry.ReportsTo.Trim() });
        }

        CheckHierarchy(levels, places, zone);
        return levels;
    }

    private void CheckHierarchy(List<PlanLevel> levels, Dictionary<string, int> places, TimeZoneInfo? zone)
    {
        var byId = levels.Where(level => level.Id.Length > 0).ToDictionary(level => level.Id);
        foreach (var level in levels.Where(level => level.ReportsTo is not null))
        {
            var place = $"levels[{places.GetValueOrDefault(level.Id)}].reportsTo";
            if (!byId.TryGetValue(level.ReportsTo!, out var superior))
            {
                Add(place, $"The level '{level.Id}' reports to '{level.ReportsTo}', which is not a level of this plan.", $"Use one of: {string.Join(", ", byId.Keys)}; or remove reportsTo if it is the top level.");
                continue;
            }

            if (InCycle(level, byId))
            {
                Add(place, $"The level '{level.Id}' reports, through '{level.ReportsTo}', back to itself.", "Make the levels a chain that ends at one top level without reportsTo.");
                continue;
            }

            if (level.Deadline != default && superior.Deadline != default && level.Deadline >= superior.Deadline)
            {
                Add(
                    $"levels[{places.GetValueOrDefault(level.Id)}].deadline",
                    $"The level '{level.Id}' is due {Local(level.Deadline, zone)}, not before the level it reports to, '{superior.Id}' (due {Local(superior.Deadline, zone)}).",
                    $"Make the deadline of '{level.Id}' earlier than that of '{superior.Id}': a level finishes before the one it reports to.");
            }
        }

        var tops = levels.Where(level => level.ReportsTo is null).ToList();
        if (levels.Count > 0 && tops.Count != 1)
        {
            Add(
                "levels",
                tops.Count == 0 ? "No level is the top one (every level has reportsTo)." : $"Several levels are at the top (no reportsTo): {string.Join(", ", tops.Select(top => top.Id))}.",
                "Leave out reportsTo on exactly one level, the one that receives the final report.");
        }
    }

    private static bool InCycle(PlanLevel start, Dictionary<string, PlanLevel> byId)
    {
        var seen = new HashSet<string> { start.Id };
        for (var current = start; current.ReportsTo is not null && byId.TryGetValue(current.ReportsTo, out var next); current = next)
        {
            if (!seen.Add(next.Id))
            {
                return next.Id == start.Id;
            }
        }

        return false;
    }

    private static string Local(DateTime utc, TimeZoneInfo? zone) =>
        zone is null ? utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private DateTime? Deadline(string? text, string place)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(place, "The deadline is missing.", "Write the exact instant with its offset, for example \"2020-06-19T00:00:00+07:00\".");
            return null;
        }

        if (!DateTimeOffset.TryParseExact(text.Trim(), DeadlineFormats, CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var instant))
        {
            Add(place, $"'{text}' is not an ISO instant with an offset.", "Write it like \"2020-06-19T00:00:00+07:00\" (date, time and offset).");
            return null;
        }

        return instant.UtcDateTime;
    }

    private DateOnly? Date(string? text, string place, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(place, "The date is missing.", "Write it as an ISO date, for example \"2020-05-14\".");
            }

            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            Add(place, $"'{text}' is not an ISO date.", "Write it as yyyy-MM-dd, for example \"2020-05-14\".");
            return null;
        }

        return date;
    }

    private string Required(string? value, string place, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            var key = place[(place.LastIndexOf('.') + 1)..];
            Add(place, $"'{key}' is missing or empty.", $"Add \"{key}\": {what}.");
            return string.Empty;
        }

        return value.Trim();
    }

    private void Add(string place, string problem, string fix) => problems.Add(new PlanProblem(file, place, problem, fix));
}
