using System.Text.Json.Nodes;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Storage.Plans;

public sealed class PlanValidationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-plans-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    internal static JsonObject ValidPlan() => JsonNode.Parse("""
        {
          "id": "kh-thu", "code": "1/KH-UBND", "title": "Kế hoạch thử", "issuer": "UBND tỉnh", "legalBasis": "Quyết định 521/QĐ-TTg",
          "issued": "2020-05-14", "periodFrom": "2015-06-13", "periodTo": "2020-06-13", "timeZone": "Asia/Ho_Chi_Minh",
          "levels": [
            { "id": "commune", "name": "Cấp xã", "deadline": "2020-06-19T00:00:00+07:00", "reportsTo": "district" },
            { "id": "district", "name": "Cấp huyện", "deadline": "2020-07-19T00:00:00+07:00", "reportsTo": "province" },
            { "id": "province", "name": "Cấp tỉnh", "deadline": "2020-08-19T00:00:00+07:00" }
          ],
          "sections": [
            { "id": "a", "title": "Phần A", "levels": ["commune", "district", "province"], "questions": [
              { "id": "a1", "type": "number", "prompt": "Số buổi:", "unit": "buổi", "min": 0, "max": 10 },
              { "id": "a2", "type": "choice", "prompt": "Chọn:", "choices": ["Có", "Không"] },
              { "id": "a3", "type": "date", "prompt": "Ngày:", "min": "2020-05-14", "max": "2020-12-31" }
            ] },
            { "id": "b", "title": "Phần B", "levels": ["district"], "questions": [
              { "id": "b1", "type": "records", "prompt": "Danh sách:", "fields": [ { "id": "ten", "type": "shortText", "prompt": "Tên:" } ] }
            ] }
          ]
        }
        """)!.AsObject();

    private PlanProblem[] ProblemsOf(Action<JsonObject> breakIt)
    {
        var plan = ValidPlan();
        breakIt(plan);
        return ProblemsOf(plan.ToJsonString());
    }

    private PlanProblem[] ProblemsOf(string json)
    {
        var file = Path.Combine(folder, "plan.json");
        File.WriteAllText(file, json);
        var exception = Assert.Throws<PlanValidationException>(() => PlanLoader.LoadFile(file));
        Assert.All(exception.Problems, problem => Assert.Equal(file, problem.File));
        Assert.All(exception.Problems, problem => Assert.Contains(problem.ToString(), exception.Message, StringComparison.Ordinal));
        return [.. exception.Problems];
    }

    private static JsonObject Question(JsonObject plan, int section, int question) => plan["sections"]![section]!["questions"]![question]!.AsObject();

    [Fact]
    public void PlanLoader_ValidPlan_Loads()
    {
        var file = Path.Combine(folder, "plan.json");
        File.WriteAllText(file, ValidPlan().ToJsonString());

        var plan = PlanLoader.LoadFile(file);

        Assert.Equal(3, plan.Levels.Count);
        Assert.Equal(string.Empty, plan.Sections[0].Description);
    }

    [Fact]
    public void PlanLoader_UnknownType_NamesTheTypesToUse()
    {
        var problem = Assert.Single(ProblemsOf(plan => Question(plan, 0, 1)["type"] = "dropdown"));

        Assert.Equal("sections[0].questions[1].type", problem.Place);
        Assert.Contains("'dropdown' is not a question type", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("shortText, longText, number, yesNo, choice, multiChoice, date, records", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_DuplicateQuestionId_NamesBothPlaces()
    {
        var problem = Assert.Single(ProblemsOf(plan => plan["sections"]![1]!["questions"]![0]!["id"] = "a2"));

        Assert.Equal("sections[1].questions[0].id", problem.Place);
        Assert.Contains("sections[0].questions[1]", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("its own id", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_DuplicateSectionAndLevelIds_AreBothReported()
    {
        var problems = ProblemsOf(plan =>
        {
            plan["sections"]![1]!["id"] = "a";
            plan["levels"]!.AsArray().Add(JsonNode.Parse("""{ "id": "commune", "name": "Xã", "deadline": "2020-06-19T00:00:00+07:00", "reportsTo": "district" }"""));
        });

        Assert.Contains(problems, p => p.Place == "sections[1].id" && p.Problem.Contains("'a' is already used by sections[0]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Place == "levels[3].id" && p.Problem.Contains("'commune' is already used by levels[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanLoader_MissingPromptAndTitle_SayWhatToAdd()
    {
        var problems = ProblemsOf(plan =>
        {
            Question(plan, 0, 0).Remove("prompt");
            plan["sections"]![1]!["title"] = " ";
        });

        Assert.Contains(problems, p => p.Place == "sections[0].questions[0].prompt" && p.Fix.Contains("Add \"prompt\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Place == "sections[1].title" && p.Fix.Contains("Add \"title\"", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanLoader_ChoiceWithoutChoices_PointsAtChoices()
    {
        var problem = Assert.Single(ProblemsOf(plan => Question(plan, 0, 1)["choices"] = new JsonArray()));

        Assert.Equal("sections[0].questions[1].choices", problem.Place);
        Assert.Contains("List the choices", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_RecordsWithoutFields_PointsAtFields()
    {
        var problem = Assert.Single(ProblemsOf(plan => Question(plan, 1, 0).Remove("fields")));

        Assert.Equal("sections[1].questions[0].fields", problem.Place);
        Assert.Contains("no fields", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_MinAboveMax_ForNumbersAndDates()
    {
        var problems = ProblemsOf(plan =>
        {
            Question(plan, 0, 0)["min"] = 20;
            Question(plan, 0, 2)["max"] = "2020-01-01";
        });

        Assert.Contains(problems, p => p.Place == "sections[0].questions[0].min" && p.Problem.Contains("(20) is greater than the largest (10)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Place == "sections[0].questions[2].min" && p.Fix.Contains("min at most max", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanLoader_ReportsToUnknownLevel_ListsTheLevels()
    {
        var problem = Assert.Single(ProblemsOf(plan => plan["levels"]![0]!["reportsTo"] = "huyen"));

        Assert.Equal("levels[0].reportsTo", problem.Place);
        Assert.Contains("commune, district, province", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_ReportsToCycle_IsRefused()
    {
        var problems = ProblemsOf(plan => plan["levels"]![2]!["reportsTo"] = "commune");

        Assert.Contains(problems, p => p.Place == "levels[0].reportsTo" && p.Problem.Contains("back to itself", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Place == "levels" && p.Problem.Contains("No level is the top one", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanLoader_DeadlinesOutOfOrder_AsksForAnEarlierDeadline()
    {
        var problem = Assert.Single(ProblemsOf(plan => plan["levels"]![0]!["deadline"] = "2020-07-20T00:00:00+07:00"));

        Assert.Equal("levels[0].deadline", problem.Place);
        Assert.Contains("2020-07-20 00:00", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("earlier than that of 'district'", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_DeadlineWithoutOffset_IsRefused()
    {
        var problem = Assert.Single(ProblemsOf(plan => plan["levels"]![2]!["deadline"] = "2020-08-19T00:00:00"));

        Assert.Equal("levels[2].deadline", problem.Place);
        Assert.Contains("+07:00", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_SectionNamingUnknownLevel_ListsTheLevels()
    {
        var problem = Assert.Single(ProblemsOf(plan => plan["sections"]![1]!["levels"]![0] = "ward"));

        Assert.Equal("sections[1].levels[0]", problem.Place);
        Assert.Contains("'ward' is not a level of this plan", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_BadTimeZone_SuggestsAnIanaId()
    {
        var problem = Assert.Single(ProblemsOf(plan => plan["timeZone"] = "Hanoi/Vietnam"));

        Assert.Equal("timeZone", problem.Place);
        Assert.Contains("Asia/Ho_Chi_Minh", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_MalformedJson_GivesLineAndPosition()
    {
        var problem = Assert.Single(ProblemsOf("{\n  \"id\": \"x\",\n  \"code\" \"1\"\n}"));

        Assert.Contains("line 3, position 10", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("Correct the JSON", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_MisspeltKey_IsNotIgnored()
    {
        var problem = Assert.Single(ProblemsOf(plan => plan["levels"]![0]!.AsObject().Add("reportTo", "district")));

        Assert.Contains("reportTo", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanLoader_ManyProblems_AreAllListed()
    {
        var problems = ProblemsOf(plan =>
        {
            plan.Remove("title");
            Question(plan, 0, 1)["type"] = "dropdown";
            plan["timeZone"] = "Mars/Olympus";
        });

        Assert.Equal(3, problems.Length);
    }

    [Fact]
    public void PlanLoader_TwoPlansWithOneId_AreRefused()
    {
        File.WriteAllText(Path.Combine(folder, "a.json"), ValidPlan().ToJsonString());
        File.WriteAllText(Path.Combine(folder, "b.json"), ValidPlan().ToJsonString());

        var exception = Assert.Throws<PlanValidationException>(() => PlanLoader.LoadDirectory(folder));

        Assert.Contains("'kh-thu' is already used by", Assert.Single(exception.Problems).Problem, StringComparison.Ordinal);
    }
}
