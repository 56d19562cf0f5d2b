using SoKetBot.Dialogs.Cards;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>Every answer by section, missing required ones flagged, with "Nộp báo cáo" and "Sửa" while it can change.</summary>
internal static class SummaryCard
{
    public static AdaptiveCard For(ReviewSession session)
    {
        var form = session.Form;
        var zone = PlanClock.ZoneOf(form.Plan);
        var missing = session.MissingRequired;
        var body = new List<CardElement>
        {
            new TextBlock { Text = VietnameseFormat.Format(BotText.Summary_Title, UnitName.InSentence(session.Unit)), Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = VietnameseFormat.Format(BotText.Summary_Plan, form.Plan.Code, VietnameseFormat.Date(PlanClock.DeadlineDate(form.Level, zone))), IsSubtle = true, Wrap = true, Spacing = Spacing.None },
            missing.Count == 0
                ? new TextBlock { Text = BotText.Summary_Complete, Color = TextColor.Good, Wrap = true }
                : new TextBlock { Text = VietnameseFormat.Format(BotText.Summary_MissingCount, missing.Count), Color = TextColor.Attention, Weight = FontWeight.Bolder, Wrap = true },
        };
        for (var s = 1; s <= form.Sections.Count; s++)
        {
            body.AddRange(Section(session, s));
        }

        return new AdaptiveCard
        {
            Body = body,
            FallbackText = VietnameseFormat.Format(BotText.Summary_Title, UnitName.InSentence(session.Unit)),
            MsTeams = TeamsCardOptions.FullWidth,
            Actions = session.IsEditable
                ? [Submit(BotText.Button_Submit, CardActions.Submit, ActionStyle.Positive), Submit(BotText.Button_Edit, CardActions.Edit, null)]
                : null,
        };
    }

    // A section is a button that opens its answers in place; sections with something missing start open.
    private static IEnumerable<CardElement> Section(ReviewSession session, int number)
    {
        var questions = session.Form.InSection(number).ToList();
        var answered = questions.Count(session.IsAnswered);
        var incomplete = questions.Any(q => q.Question.Required && !session.IsAnswered(q));
        var id = $"section-{number}";
        var title = VietnameseFormat.Format(BotText.Summary_Section, number, session.Form.Sections[number - 1].Title) + $" ({answered}/{questions.Count})";
        yield return new ActionSet { Separator = true, Actions = [new ToggleVisibilityAction { Title = title, TargetElements = [id] }] };
        yield return new Container
        {
            Id = id,
            IsVisible = incomplete ? null : false,
            Items = questions.SelectMany(question => Answer(session, question)).ToList(),
        };
    }

    private static IEnumerable<CardElement> Answer(ReviewSession session, FormQuestion question)
    {
        yield return new TextBlock { Text = $"{question.Label}. {question.Question.Prompt}", IsSubtle = true, Wrap = true, Size = FontSize.Small };
        var answer = session.AnswerTo(question);
        if (answer is null || (answer.Value.IsEmpty() && question.Question.Required))
        {
            yield return new TextBlock { Text = "⚠ " + BotText.Summary_Missing, Color = question.Question.Required ? TextColor.Attention : TextColor.Default, Spacing = Spacing.None, Wrap = true };
            yield break;
        }

        yield return new TextBlock { Text = AnswerText.Format(question.Question, answer.Value), Spacing = Spacing.None, Wrap = true };
    }

    private static SubmitAction Submit(string title, string action, ActionStyle? style) => new()
    {
        Title = title,
        Style = style,
        Data = new Dictionary<string, string> { [CardActions.Action] = action },
    };
}
