using System.Text.Json;

namespace SoKetBot.Storage.Plans;

/// <summary>Reads and validates plan files; a plan with any problem is refused with all of its problems listed.</summary>
public static class PlanLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,

        // A misspelt key ("reportTo") would otherwise be ignored silently.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads one plan file.</summary>
    /// <exception cref="PlanValidationException">The file is missing, malformed or invalid.</exception>
    public static Plan LoadFile(string path)
    {
        var problems = new List<PlanProblem>();
        var plan = Read(path, problems);
        return problems.Count == 0 && plan is not null ? plan : throw new PlanValidationException(problems);
    }

    /// <summary>Reads every *.json file of <paramref name="directory"/>, in name order.</summary>
    /// <exception cref="PlanValidationException">The folder has no plan, or any file has a problem, or two plans share an id.</exception>
    public static IReadOnlyList<Plan> LoadDirectory(string directory)
    {
        var problems = new List<PlanProblem>();
        if (!Directory.Exists(directory))
        {
            throw new PlanValidationException([new PlanProblem(directory, "(folder)", "The plan folder does not exist.", "Create it with at least one plan file, or point Plans:Directory at the folder that has them.")]);
        }

        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new PlanValidationException([new PlanProblem(directory, "(folder)", "The plan folder has no *.json plan file.", "Put a plan file in it (see plans/ke-hoach-248.json), or point Plans:Directory at the folder that has them.")]);
        }

        var plans = new List<(Plan Plan, string File)>();
        foreach (var file in files)
        {
            var fileProblems = new List<PlanProblem>();
            var plan = Read(file, fileProblems);
            problems.AddRange(fileProblems);
            if (plan is not null && fileProblems.Count == 0)
            {
                var twin = plans.FirstOrDefault(loaded => loaded.Plan.Id == plan.Id);
                if (twin.Plan is not null)
                {
                    problems.Add(new PlanProblem(file, "id", $"The plan id '{plan.Id}' is already used by {twin.File}.", "Give each plan file its own id."));
                }
                else
                {
                    plans.Add((plan, file));
                }
            }
        }

        return problems.Count == 0 ? plans.Select(loaded => loaded.Plan).ToList() : throw new PlanValidationException(problems);
    }

    private static Plan? Read(string path, List<PlanProblem> problems)
    {
        PlanFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<PlanFile>(stream, JsonOptions);
        }
        catch (FileNotFoundException)
        {
            problems.Add(new PlanProblem(path, "(file)", "The plan file does not exist.", "Check the path."));
            return null;
        }
        catch (JsonException exception)
        {
            var place = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "(file)" : exception.Path.TrimStart('$', '.');
            var where = exception.LineNumber is { } line ? $" at line {line + 1}, position {exception.BytePositionInLine + 1}" : string.Empty;
            problems.Add(new PlanProblem(path, place, $"The file is not valid plan JSON{where}: {FirstSentence(exception.Message)}", "Correct the JSON there (a missing comma, quote or bracket, a misspelt key, or a value of the wrong kind)."));
            return null;
        }

        if (file is null)
        {
            problems.Add(new PlanProblem(path, "(file)", "The file holds null, not a plan.", "Write the plan as a JSON object (see plans/ke-hoach-248.json)."));
            return null;
        }

        return new PlanFileValidator(path, problems).Validate(file);
    }

    // System.Text.Json appends "Path: ... | LineNumber: ..." which the problem already says better.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
