using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>The questions one level answers in one plan, numbered and flattened; built once per plan and level.</summary>
internal sealed class ReviewForm
{
    private readonly Dictionary<string, FormQuestion> byId;

    public ReviewForm(Plan plan, PlanLevel level)
    {
        Plan = plan;
        Level = level;
        Sections = plan.SectionsFor(level.Id);
        var questions = new List<FormQuestion>();
        for (var s = 0; s < Sections.Count; s++)
        {
            for (var q = 0; q < Sections[s].Questions.Count; q++)
            {
                questions.Add(new FormQuestion(Sections[s].Questions[q], s + 1, q + 1, questions.Count));
            }
        }

        Questions = questions;
        byId = questions.ToDictionary(question => question.Id, StringComparer.Ordinal);
    }

    public Plan Plan { get; }

    public PlanLevel Level { get; }

    public IReadOnlyList<PlanSection> Sections { get; }

    public IReadOnlyList<FormQuestion> Questions { get; }

    public FormQuestion? Find(string? id) => id is not null && byId.TryGetValue(id, out var question) ? question : null;

    public PlanSection SectionOf(FormQuestion question) => Sections[question.Section - 1];

    public IEnumerable<FormQuestion> InSection(int section) => Questions.Where(question => question.Section == section);

    public FormQuestion? At(int section, int number) =>
        Questions.FirstOrDefault(question => question.Section == section && question.Number == number);
}
