using System.Globalization;
using SoKetBot.Dialogs.Cards;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Approvals;

/// <summary>
/// The card a superior decides from: who submitted what and when, the key figures, the changes since a return, every
/// answer by section (collapsed), and "Phê duyệt" / "Trả lại"; once decided, the outcome instead of the buttons.
/// </summary>
internal static class ApprovalCard
{
    public const string Approve = "approve";
    public const string Return = "return";
    public const string SubmissionKey = "submission";
    public const string VersionKey = "version";
    public const string Reason = "reason";
    public const string Sections = "sections";

    public static AdaptiveCard For(SubmittedReview review)
    {
        var zone = PlanClock.ZoneOf(review.Form.Plan);
        var version = review.Version;
        var body = new List<CardElement>
        {
            new TextBlock { Text = VietnameseFormat.Format(BotText.Approval_Title, UnitName.InSentence(review.Unit)), Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true },
            new FactSet
            {
                Facts =
                [
                    new Fact { Title = BotText.Approval_Plan, Value = review.Form.Plan.Code },
                    new Fact { Title = BotText.Approval_Unit, Value = UnitName.AtStart(review.Unit) },
                    new Fact { Title = BotText.Approval_SubmittedBy, Value = review.SubmitterName },
                    new Fact { Title = BotText.Approval_SubmittedAt, Value = VietnameseFormat.Instant(version.SubmittedAt, zone) },
                    new Fact { Title = BotText.Approval_Timing, Value = version.OnTime ? BotText.Approval_OnTime : VietnameseFormat.Format(BotText.Approval_Late, PlanClock.DaysLate(version.Deadline, version.SubmittedAt)) },
                    new Fact { Title = BotText.Approval_Version, Value = version.Number.ToString(CultureInfo.InvariantCulture) },
                ],
            },
        };
        body.AddRange(KeyFigures(review));
        body.AddRange(Changes(review));
        body.Add(new TextBlock { Text = BotText.Approval_Sections, Weight = FontWeight.Bolder, Wrap = true, Separator = true });
        for (var s = 1; s <= review.Form.Sections.Count; s++)
        {
            body.AddRange(Section(review, s));
        }

        body.AddRange(Outcome(review, zone));
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = VietnameseFormat.Format(BotText.Approval_Title, UnitName.InSentence(review.Unit)),
            MsTeams = TeamsCardOptions.FullWidth,
            Actions = IsOpen(review) ? Buttons(review) : null,
        };
    }

    private static bool IsOpen(SubmittedReview review) =>
        review.Decision is null && review.Submission.Status == SubmissionStatus.Submitted && review.Submission.Version == review.Version.Number;

    private static IEnumerable<CardElement> KeyFigures(SubmittedReview review)
    {
        var facts = review.Form.Questions
            .Where(question => question.Question is { Type: QuestionType.Number, Sum: true })
            .Select(question => (question, value: review.Version.Answers.GetValueOrDefault(question.Id)))
            .Where(pair => pair.value is not null)
            .Select(pair => new Fact { Title = $"{pair.question.Label}. {Short(pair.question.Question.Prompt)}", Value = AnswerText.Format(pair.question.Question, pair.value!) })
            .ToList();
        if (facts.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock { Text = BotText.Approval_KeyFigures, Weight = FontWeight.Bolder, Wrap = true, Separator = true };
        yield return new FactSet { Facts = facts };
    }

    private static IEnumerable<CardElement> Changes(SubmittedReview review)
    {
        if (review.Returned is not { } before)
        {
            yield break;
        }

        yield return new TextBlock { Text = VietnameseFormat.Format(BotText.Approval_Changes, before.Number), Weight = FontWeight.Bolder, Color = TextColor.Accent, Wrap = true, Separator = true };
        var changed = review.Form.Questions.Where(question => !Same(before.Answers.GetValueOrDefault(question.Id), review.Version.Answers.GetValueOrDefault(question.Id))).ToList();
        if (changed.Count == 0)
        {
            yield return new TextBlock { Text = BotText.Approval_NoChanges, IsSubtle = true, Wrap = true };
            yield break;
        }

        foreach (var question in changed)
        {
            yield return new TextBlock
            {
                Text = VietnameseFormat.Format(BotText.Approval_Change, question.Label, Short(question.Question.Prompt), Show(question, before.Answers.GetValueOrDefault(question.Id)), Show(question, review.Version.Answers.GetValueOrDefault(question.Id))),
                Wrap = true,
            };
        }
    }

    private static IEnumerable<CardElement> Section(SubmittedReview review, int number)
    {
        var id = $"section-{number}";
        var section = review.Form.Sections[number - 1];
        yield return new ActionSet { Actions = [new ToggleVisibilityAction { Title = VietnameseFormat.Format(BotText.Summary_Section, number, section.Title), TargetElements = [id] }] };
        yield return new Container
        {
            Id = id,
            IsVisible = false,
            Items = review.Form.InSection(number).SelectMany(question => new CardElement[]
            {
                new TextBlock { Text = $"{question.Label}. {question.Question.Prompt}", IsSubtle = true, Size = FontSize.Small, Wrap = true },
                new TextBlock { Text = Show(question, review.Version.Answers.GetValueOrDefault(question.Id)), Spacing = Spacing.None, Wrap = true },
            }).ToList(),
        };
    }

    private static IEnumerable<CardElement> Outcome(SubmittedReview review, TimeZoneInfo zone)
    {
        if (review.Decision is { } decision)
        {
            var when = VietnameseFormat.Instant(decision.DecidedAt, zone);
            yield return new TextBlock
            {
                Text = decision.Outcome == DecisionOutcome.Approved
                    ? VietnameseFormat.Format(BotText.Approval_Approved, review.DeciderName ?? decision.DecidedBy, when)
                    : VietnameseFormat.Format(BotText.Approval_Returned, review.DeciderName ?? decision.DecidedBy, when, decision.Reason ?? "", SectionTitles(review.Form, decision.Sections)),
                Color = decision.Outcome == DecisionOutcome.Approved ? TextColor.Good : TextColor.Warning,
                Weight = FontWeight.Bolder,
                Wrap = true,
                Separator = true,
            };
        }
        else if (review.Submission.Version > review.Version.Number)
        {
            yield return new TextBlock { Text = VietnameseFormat.Format(BotText.Approval_Superseded, review.Submission.Version), Color = TextColor.Warning, Wrap = true, Separator = true };
        }
    }

    private static List<CardAction> Buttons(SubmittedReview review)
    {
        var data = new Dictionary<string, string>
        {
            [SubmissionKey] = review.Submission.Id,
            [VersionKey] = review.Version.Number.ToString(CultureInfo.InvariantCulture),
        };
        return
        [
            new SubmitAction { Title = BotText.Button_Approve, Style = ActionStyle.Positive, Data = new Dictionary<string, string>(data) { [CardActions.Action] = Approve } },
            new ShowCardAction
            {
                Title = BotText.Button_Return,
                Card = new AdaptiveCard
                {
                    Body =
                    [
                        new TextInput { Id = Reason, Label = BotText.Approval_ReasonLabel, Placeholder = BotText.Approval_ReasonPlaceholder, IsMultiline = true, MaxLength = 1000, IsRequired = true, ErrorMessage = BotText.Approval_ReasonRequired },
                        new ChoiceSetInput
                        {
                            Id = Sections,
                            Label = BotText.Approval_SectionsLabel,
                            IsMultiSelect = true,
                            Style = ChoiceInputStyle.Expanded,
                            IsRequired = true,
                            ErrorMessage = BotText.Approval_SectionsRequired,
                            Wrap = true,
                            Choices = review.Form.Sections.Select((section, index) => new Choice { Title = $"{index + 1}. {section.Title}", Value = section.Id }).ToList(),
                        },
                    ],
                    Actions = [new SubmitAction { Title = BotText.Button_ConfirmReturn, Style = ActionStyle.Destructive, Data = new Dictionary<string, string>(data) { [CardActions.Action] = Return } }],
                },
            },
        ];
    }

    public static string SectionTitles(ReviewForm form, IEnumerable<string> sectionIds) =>
        string.Join("; ", sectionIds.Select(id => form.Sections.Select((section, index) => (section, index)).FirstOrDefault(pair => pair.section.Id == id) is { section: { } found, index: var i } ? $"{i + 1}. {found.Title}" : id));

    private static string Show(FormQuestion question, AnswerValue? value) => value is null ? BotText.Summary_Missing : AnswerText.Format(question.Question, value);

    private static bool Same(AnswerValue? before, AnswerValue? after) =>
        before is null || after is null ? before is null && after is null : AnswerComparer.Same(before, after);

    private static string Short(string prompt) => prompt.Length <= 80 ? prompt.TrimEnd(':') : prompt[..77].TrimEnd() + "…";
}
