using System.Collections.Concurrent;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Caches a <see cref="ReviewForm"/> per plan and level: plans do not change while the bot runs.</summary>
internal sealed class ReviewForms
{
    private readonly ConcurrentDictionary<(string Plan, string Level), ReviewForm> forms = new();

    public ReviewForm? For(Plan plan, string levelId) =>
        plan.FindLevel(levelId) is { } level ? forms.GetOrAdd((plan.Id, levelId), _ => new ReviewForm(plan, level)) : null;
}
