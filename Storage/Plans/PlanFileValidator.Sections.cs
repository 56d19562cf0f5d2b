using System.Text.Json;

namespace SoKetBot.Storage.Plans;

internal sealed partial class PlanFileValidator
{
    private static readonly Dictionary<string, QuestionType> Types = Enum.GetValues<QuestionType>()
        .ToDictionary(type => JsonNamingPolicy.CamelCase.ConvertName(type.ToString()), StringComparer.Ordinal);

    private readonly Dictionary<string, string> questionPlaces = new(StringComparer.Ordinal);

    private List<PlanSection> Sections(IReadOnlyList<PlanFile.SectionEntry?>? entries, HashSet<string> levelIds)
    {
        var sections = new List<PlanSection>();
        if (entries is null || entries.Count == 0)
        {
            Add("sections", "The plan has no sections.", "List the sections in the order officials answer them, each with id, title, levels and questions.");
            return sections;
        }

        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var place = $"sections[{i}]";
            if (entries[i] is not { } entry)
            {
                Add(place, "The section is null.", "Remove it or write the section as an object.");
                continue;
            }

            var id = Required(entry.Id, place + ".id", "the section's id, for example \"lanh-dao\"");
            if (id.Length > 0 && !places.TryAdd(id, i))
            {
                Add(place + ".id", $"The section id '{id}' is already used by sections[{places[id]}].", "Give each section its own id.");
            }

            var title = Required(entry.Title, place + ".title", "the section's title, for example \"Lãnh đạo, chỉ đạo\"");
            var levels = LevelList(entry.Levels, place + ".levels", levelIds, required: true) ?? [];
            var questions = Questions(entry.Questions, place + ".questions", levelIds, levels, isRecord: false);
            sections.Add(new PlanSection { Id = id, Title = title, Description = entry.Description?.Trim() ?? string.Empty, Levels = levels, Questions = questions });
        }

        return sections;
    }

    private List<string>? LevelList(IReadOnlyList<string?>? entries, string place, HashSet<string> levelIds, bool required)
    {
        if (entries is null || entries.Count == 0)
        {
            if (required)
            {
                Add(place, "No level answers it.", $"List the levels that answer it, among: {string.Join(", ", levelIds)}.");
            }

            return null;
        }

        var levels = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var level = entries[i]?.Trim() ?? string.Empty;
            if (!levelIds.Contains(level))
            {
                Add($"{place}[{i}]", $"'{level}' is not a level of this plan.", $"Use one of: {string.Join(", ", levelIds)}; or add the level to \"levels\".");
            }
            else if (levels.Contains(level))
            {
                Add($"{place}[{i}]", $"The level '{level}' is listed twice.", "List each level once.");
            }
            else
            {
                levels.Add(level);
            }
        }

        return levels;
    }

    private List<Question> Questions(IReadOnlyList<PlanFile.QuestionEntry?>? entries, string place, HashSet<string> levelIds, List<string> sectionLevels, bool isRecord)
    {
        var questions = new List<Question>();
        if (entries is null || entries.Count == 0)
        {
            Add(place, isRecord ? "The record has no fields." : "The section has no questions.", isRecord ? "List the fields of one record, for example name, unit and achievement." : "Add at least one question, or remove the section.");
            return questions;
        }

        // Question ids are unique in the whole plan (answers are kept under them); field ids only within their record.
        var ids = isRecord ? new Dictionary<string, string>(StringComparer.Ordinal) : questionPlaces;
        for (var i = 0; i < entries.Count; i++)
        {
            var at = $"{place}[{i}]";
            if (entries[i] is not { } entry)
            {
                Add(at, "The question is null.", "Remove it or write the question as an object.");
                continue;
            }

            if (Question(entry, at, levelIds, sectionLevels, isRecord, ids) is { } question)
            {
                questions.Add(question);
            }
        }

        return questions;
    }

    private Question? Question(PlanFile.QuestionEntry entry, string place, HashSet<string> levelIds, List<string> sectionLevels, bool isRecord, Dictionary<string, string> ids)
    {
        var id = Required(entry.Id, place + ".id", "the question's id, unique in the plan, for example \"tt-so-buoi\"");
        if (id.Length > 0 && !ids.TryAdd(id, place))
        {
            Add(place + ".id", $"The id '{id}' is already used by {ids[id]}.", isRecord ? "Give each field of the record its own id." : "Give each question its own id: answers are kept under it.");
        }

        var prompt = Required(entry.Prompt, place + ".prompt", "the question as officials read it");
        var levels = LevelList(entry.Levels, place + ".levels", levelIds, required: false);
        foreach (var level in levels?.Where(level => !sectionLevels.Contains(level)) ?? [])
        {
            Add(place + ".levels", $"The level '{level}' does not answer this question's section, so it would never be asked.", $"Add '{level}' to the section's levels, or remove it here.");
        }

        if (!Types.TryGetValue(entry.Type?.Trim() ?? string.Empty, out var type))
        {
            Add(place + ".type", string.IsNullOrWhiteSpace(entry.Type) ? "The type is missing." : $"'{entry.Type}' is not a question type.", $"Use one of: {string.Join(", ", Types.Keys)}.");
            return null;
        }

        var question = new Question
        {
            Id = id,
            Type = type,
            Prompt = prompt,
            Help = string.IsNullOrWhiteSpace(entry.Help) ? null : entry.Help.Trim(),
            Required = entry.Required ?? true,
            Levels = levels,
            Unit = string.IsNullOrWhiteSpace(entry.Unit) ? null : entry.Unit.Trim(),
            Sum = entry.Sum ?? false,
            MinLength = entry.MinLength,
            MaxLength = entry.MaxLength,
            Choices = entry.Choices?.Select(choice => choice?.Trim() ?? string.Empty).ToList(),
            MaxChoices = entry.MaxChoices,
            ItemName = string.IsNullOrWhiteSpace(entry.ItemName) ? null : entry.ItemName.Trim(),
            MaxRecords = entry.MaxRecords,
        };
        question = Limits(question, entry, place);
        CheckChoices(question, place);
        if (type == QuestionType.Records)
        {
            if (isRecord)
            {
                Add(place + ".type", "A record field cannot itself be a list of records.", "Flatten the field into the record, or make it a separate records question.");
            }

            question = question with { Fields = Questions(entry.Fields, place + ".fields", levelIds, sectionLevels, isRecord: true) };
        }
        else if (entry.Fields is not null)
        {
            Add(place + ".fields", $"Only a records question has fields; this one is '{entry.Type}'.", "Remove \"fields\", or make the type \"records\".");
        }

        return question;
    }

    private Question Limits(Question question, PlanFile.QuestionEntry entry, string place)
    {
        if (question.Type == QuestionType.Number)
        {
            var min = Integer(entry.Min, place + ".min");
            var max = Integer(entry.Max, place + ".max");
            if (min > max)
            {
                Add(place + ".min", $"The smallest allowed number ({min}) is greater than the largest ({max}).", "Make min at most max, or swap them.");
            }

            return question with { Min = min, Max = max };
        }

        if (question.Type == QuestionType.Date)
        {
            var minDate = Date(entry.Min is { ValueKind: JsonValueKind.String } min ? min.GetString() : Other(entry.Min, place + ".min"), place + ".min", required: false);
            var maxDate = Date(entry.Max is { ValueKind: JsonValueKind.String } max ? max.GetString() : Other(entry.Max, place + ".max"), place + ".max", required: false);
            if (minDate > maxDate)
            {
                Add(place + ".min", $"The earliest allowed date ({minDate:yyyy-MM-dd}) is after the latest ({maxDate:yyyy-MM-dd}).", "Make min at most max, or swap them.");
            }

            return question with { MinDate = minDate, MaxDate = maxDate };
        }

        foreach (var (value, key) in new[] { (entry.Min, "min"), (entry.Max, "max") }.Where(pair => pair.Item1 is not null))
        {
            Add($"{place}.{key}", $"'{key}' applies only to number and date questions; this one is '{entry.Type}'.", $"Remove \"{key}\" (for text, use minLength/maxLength).");
        }

        if (question.MinLength < 0 || question.MaxLength < 1)
        {
            Add(place + ".maxLength", "A length limit is negative or zero.", "Use minLength ≥ 0 and maxLength ≥ 1.");
        }
        else if (question.MinLength > question.MaxLength)
        {
            Add(place + ".minLength", $"minLength ({question.MinLength}) is greater than maxLength ({question.MaxLength}).", "Make minLength at most maxLength.");
        }

        return question;
    }

    private void CheckChoices(Question question, string place)
    {
        if (question.Type is QuestionType.Choice or QuestionType.MultiChoice)
        {
            if (question.Choices is not { Count: > 0 })
            {
                Add(place + ".choices", $"A {(question.Type == QuestionType.Choice ? "choice" : "multiChoice")} question has no choices.", "List the choices officials pick from, for example \"choices\": [\"Có\", \"Không\"].");
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < question.Choices.Count; i++)
            {
                if (question.Choices[i].Length == 0)
                {
                    Add($"{place}.choices[{i}]", "The choice is empty.", "Write the choice's text or remove it.");
                }
                else if (!seen.Add(question.Choices[i]))
                {
                    Add($"{place}.choices[{i}]", $"The choice '{question.Choices[i]}' is listed twice.", "List each choice once.");
                }
            }

            if (question.MaxChoices is { } maxChoices && (question.Type != QuestionType.MultiChoice || maxChoices < 1 || maxChoices > question.Choices.Count))
            {
                Add(place + ".maxChoices", $"maxChoices ({maxChoices}) must be between 1 and the number of choices ({question.Choices.Count}) on a multiChoice question.", "Correct maxChoices, or remove it.");
            }
        }
        else if (question.Choices is not null)
        {
            Add(place + ".choices", $"Only choice and multiChoice questions have choices; this one is '{JsonNamingPolicy.CamelCase.ConvertName(question.Type.ToString())}'.", "Remove \"choices\", or change the type to choice or multiChoice.");
        }
    }

    private long? Integer(JsonElement? value, string place)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var number))
        {
            return number;
        }

        Add(place, $"{element.GetRawText()} is not a whole number.", "Write a whole number without quotes, for example 0 or 100000.");
        return null;
    }

    private string? Other(JsonElement? value, string place)
    {
        if (value is { ValueKind: not JsonValueKind.Null } element)
        {
            Add(place, $"{element.GetRawText()} is not a date.", "Write the date as a quoted ISO date, for example \"2020-05-14\".");
        }

        return null;
    }
}
