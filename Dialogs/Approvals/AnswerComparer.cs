using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Approvals;

/// <summary>Whether two answers say the same thing (records and choices compared by content, not by reference).</summary>
internal static class AnswerComparer
{
    public static bool Same(AnswerValue a, AnswerValue b) =>
        a.Text == b.Text && a.Number == b.Number && a.Flag == b.Flag && a.Date == b.Date && a.Comment == b.Comment && a.Approximate == b.Approximate
        && SameList(a.Choices, b.Choices)
        && SameList(a.Records?.Select(Flatten).ToList(), b.Records?.Select(Flatten).ToList());

    private static string Flatten(Dictionary<string, string> record) =>
        string.Join("\u001f", record.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + "=" + pair.Value));

    private static bool SameList(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        (a ?? []).SequenceEqual(b ?? [], StringComparer.Ordinal);
}
