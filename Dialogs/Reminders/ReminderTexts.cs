using Microsoft.Extensions.Options;
using SoKetBot.Dialogs.Cards;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Notices;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reminders;

/// <summary>
/// A reminder as it stands when delivered: days left and progress read now, late units named now. Null when it no longer
/// applies (the unit submitted meanwhile), so that nobody is reminded of what is done.
/// </summary>
internal sealed class ReminderTexts(
    PlanCatalog plans,
    IUnitStore units,
    IOfficialStore officials,
    ISubmissionStore submissions,
    IAnswerStore answers,
    INoticeStore notices,
    ReviewForms forms,
    TimeProvider time,
    IOptions<ReminderOptions> options) : INoticeRenderer
{
    public const string NudgeAction = "nudge";
    public const string UnitKey = "unit";
    private const int NamesShown = 10;

    public IReadOnlyCollection<NoticeKind> Kinds { get; } = [NoticeKind.Reminder, NoticeKind.Overdue, NoticeKind.Nudge, NoticeKind.Digest, NoticeKind.Escalation, NoticeKind.DecisionWaiting];

    public Reply? Render(Notice notice)
    {
        if (notice.PlanId is not { } planId || plans.Find(planId) is not { } plan || notice.UnitCode is not { } code || units.Find(code) is not { } unit)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        return notice.Kind switch
        {
            NoticeKind.Reminder or NoticeKind.Overdue => ToReporters(plan, unit, now, nudgedBy: null),
            NoticeKind.Nudge => ToReporters(plan, unit, now, nudgedBy: unit.ParentCode is { } parent ? units.Find(parent) : null),
            NoticeKind.Digest => Digest(plan, unit, now),
            NoticeKind.Escalation => Escalation(plan, unit, now),
            NoticeKind.DecisionWaiting => DecisionWaiting(plan, unit),
            _ => null,
        };
    }

    /// <summary>The units below <paramref name="unit"/> whose review the plan asks and that have not submitted.</summary>
    public IReadOnlyList<Unit> PendingBelow(Plan plan, Unit unit) =>
        Below(plan, unit).Where(child => !IsSubmitted(plan, child)).ToList();

    // In code order, so that lists read the same every time.
    private List<Unit> Below(Plan plan, Unit unit) =>
        units.ChildrenOf(unit.Code).Where(child => plan.FindLevel(child.Level) is not null).OrderBy(child => child.Code, StringComparer.Ordinal).ToList();

    private bool IsSubmitted(Plan plan, Unit unit) =>
        submissions.Find(Submission.KeyOf(plan.Id, unit.Code))?.Status is SubmissionStatus.Submitted or SubmissionStatus.Approved;

    private Reply? ToReporters(Plan plan, Unit unit, DateTime now, Unit? nudgedBy)
    {
        if (plan.FindLevel(unit.Level) is not { } level || forms.For(plan, unit.Level) is not { } form || IsSubmitted(plan, unit))
        {
            return null;
        }

        var zone = PlanClock.ZoneOf(plan);
        var deadline = VietnameseFormat.Date(PlanClock.DeadlineDate(level, zone));
        var progress = Progress(form, submissions.Find(Submission.KeyOf(plan.Id, unit.Code)));
        var text = now >= level.Deadline
            ? VietnameseFormat.Format(BotText.Reminder_Overdue, plan.Code, UnitName.InSentence(unit), PlanClock.DaysLate(level.Deadline, now), deadline, progress)
            : PlanClock.DaysLeft(level, now, zone) is var days and > 0
                ? VietnameseFormat.Format(BotText.Reminder_Due, plan.Code, UnitName.InSentence(unit), deadline, days, progress)
                : VietnameseFormat.Format(BotText.Reminder_DueToday, plan.Code, UnitName.InSentence(unit), deadline, progress);
        if (nudgedBy is not null)
        {
            text = Address.Format(plan.Address, BotText.Reminder_NudgeFrom, UnitName.AtStart(nudgedBy)) + "\n\n" + text;
        }

        return new Reply { Text = text, Suggestions = [BotText.Button_Resume] };
    }

    // "Đã trả lời 14/31 câu, còn phần 6–10": the sections with a question not yet answered or skipped.
    private string Progress(ReviewForm form, Submission? submission)
    {
        var current = submission is null ? [] : answers.OfSubmission(submission.Id).ToDictionary(answer => answer.QuestionId, StringComparer.Ordinal);
        var answered = form.Questions.Count(question => current.TryGetValue(question.Id, out var answer) && !answer.Value.IsEmpty());
        if (submission is { Status: SubmissionStatus.Returned, ReopenedSections.Count: > 0 } returned)
        {
            var reopened = form.Sections.Select((section, index) => (section, index)).Where(pair => returned.ReopenedSections.Contains(pair.section.Id)).Select(pair => pair.index + 1);
            return VietnameseFormat.Format(BotText.Reminder_ProgressReturned, Ranges(reopened));
        }

        var left = form.Questions.Where(question => !current.ContainsKey(question.Id)).Select(question => question.Section).Distinct().ToList();
        return left.Count == 0
            ? VietnameseFormat.Format(BotText.Reminder_ProgressComplete, answered, form.Questions.Count)
            : VietnameseFormat.Format(BotText.Reminder_Progress, answered, form.Questions.Count, Ranges(left));
    }

    private Reply? Digest(Plan plan, Unit unit, DateTime now)
    {
        var below = Below(plan, unit);
        var pending = below.Where(child => !IsSubmitted(plan, child)).ToList();
        if (pending.Count == 0)
        {
            return null;
        }

        var zone = PlanClock.ZoneOf(plan);
        var own = plan.FindLevel(unit.Level);
        var ownText = own is null
            ? string.Empty
            : now >= own.Deadline
                ? VietnameseFormat.Format(BotText.Reminder_OwnOverdue, VietnameseFormat.InSentence(own.Name), PlanClock.DaysLate(own.Deadline, now), VietnameseFormat.Date(PlanClock.DeadlineDate(own, zone)))
                : VietnameseFormat.Format(BotText.Reminder_OwnDaysLeft, VietnameseFormat.InSentence(own.Name), PlanClock.DaysLeft(own, now, zone), VietnameseFormat.Date(PlanClock.DeadlineDate(own, zone)));
        var lines = new List<string> { VietnameseFormat.Format(BotText.Reminder_Digest, plan.Code, UnitName.InSentence(unit), pending.Count, below.Count, ownText) };
        var late = pending.Where(child => plan.FindLevel(child.Level)!.Deadline <= now).ToList();
        if (late.Count > 0)
        {
            lines.Add(VietnameseFormat.Format(BotText.Reminder_LateUnits, Names(late.Select(child => LateUnit(plan, child, now)))));
        }

        var onTime = pending.Except(late).ToList();
        if (onTime.Count > 0)
        {
            lines.Add(VietnameseFormat.Format(BotText.Reminder_PendingUnits, Names(onTime.Select(UnitName.InSentence))));
        }

        var unreachable = pending
            .SelectMany(child => officials.OfUnit(child.Code).Where(official => official.Has(OfficialRoles.Reporter)).Select(official => (official, child)))
            .Where(pair => notices.WaitingFor(pair.official.Account).Any(notice => notice.IsReminder && notice.FailedAttempts >= options.Value.UnreachableAfter))
            .Select(pair => VietnameseFormat.Format(BotText.Reminder_UnreachableOfficial, pair.official.FullName, UnitName.InSentence(pair.child)))
            .ToList();
        if (unreachable.Count > 0)
        {
            lines.Add(VietnameseFormat.Format(BotText.Reminder_Unreachable, Names(unreachable)));
        }

        lines.Add(BotText.Reminder_DigestNudge);
        var card = new AdaptiveCard
        {
            Body = lines.Select((line, index) => (CardElement)new TextBlock { Text = line, Wrap = true, Weight = index == 0 ? FontWeight.Bolder : null }).ToList(),
            FallbackText = lines[0],
            Actions = [new SubmitAction { Title = BotText.Button_Nudge, Data = new Dictionary<string, string> { [CardActions.Action] = NudgeAction, [UnitKey] = unit.Code } }],
        };
        return new Reply { Card = card, Suggestions = [BotText.Button_Nudge] };
    }

    private Reply? Escalation(Plan plan, Unit unit, DateTime now)
    {
        var late = PendingBelow(plan, unit).Where(child => plan.FindLevel(child.Level)!.Deadline <= now).ToList();
        return late.Count == 0
            ? null
            : new Reply
            {
                Text = VietnameseFormat.Format(BotText.Reminder_Escalation, late.Count, UnitName.InSentence(unit), plan.Code, Names(late.Select(child => LateUnit(plan, child, now)))),
                Suggestions = [BotText.Button_Nudge],
            };
    }

    private Reply? DecisionWaiting(Plan plan, Unit unit)
    {
        var zone = PlanClock.ZoneOf(plan);
        var waitingDays = plan.Reminders.DecisionWaitingDays;
        var now = time.GetUtcNow().UtcDateTime;
        var decided = unit.ParentCode is null ? [unit, .. Below(plan, unit)] : Below(plan, unit);
        var waiting = decided
            .Select(child => (child, submission: submissions.Find(Submission.KeyOf(plan.Id, child.Code))))
            .Where(pair => pair.submission is { Status: SubmissionStatus.Submitted } submitted && submitted.UpdatedAt <= now.AddDays(-waitingDays))
            .Select(pair => VietnameseFormat.Format(BotText.Reminder_WaitingUnit, UnitName.InSentence(pair.child), VietnameseFormat.Date(PlanClock.LocalDate(pair.submission!.UpdatedAt, zone))))
            .ToList();
        return waiting.Count == 0
            ? null
            : new Reply { Text = Address.Format(plan.Address, BotText.Reminder_DecisionWaiting, waiting.Count, waitingDays, Names(waiting)), Suggestions = [BotText.Button_Pending] };
    }

    private static string LateUnit(Plan plan, Unit unit, DateTime now) =>
        VietnameseFormat.Format(BotText.Reminder_LateUnit, UnitName.InSentence(unit), PlanClock.DaysLate(plan.FindLevel(unit.Level)!.Deadline, now));

    internal static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= NamesShown
            ? string.Join(", ", list)
            : string.Join(", ", list.Take(NamesShown)) + ", " + VietnameseFormat.Format(BotText.Reminder_AndMore, list.Count - NamesShown);
    }

    // 1, 2, 3, 6 → "1–3, 6"
    internal static string Ranges(IEnumerable<int> numbers)
    {
        var sorted = numbers.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            parts.Add(j > i + 1 ? $"{sorted[i]}–{sorted[j]}" : j == i + 1 ? $"{sorted[i]}, {sorted[j]}" : $"{sorted[i]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }
}
