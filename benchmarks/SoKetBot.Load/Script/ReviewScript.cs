using System.Globalization;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Load.Script;

/// <summary>What an official does in one step of the review, and what the reply must show.</summary>
internal enum StepKind
{
    /// <summary>The chat opens (conversationUpdate on /api/messages).</summary>
    Start,

    /// <summary>The official types the account name.</summary>
    Account,

    /// <summary>The official types the access code.</summary>
    Code,

    /// <summary>The page's sign-in with account and code, then Direct Line opens the conversation (the greeting).</summary>
    SignIn,

    /// <summary>The official types <see cref="ScriptStep.Text"/>.</summary>
    Text,

    /// <summary>The official taps the summary card's submit button: its data, taken from the card the bot sent.</summary>
    SubmitButton,
}

/// <summary>One step: what is sent, and what the replies must contain (<see cref="Expect"/>) or must not (<see cref="Reject"/>).</summary>
internal sealed record ScriptStep(StepKind Kind, string? Text, string? Expect, string? Reject = null, bool ExpectSubmitCard = false, bool Invalid = false);

/// <summary>
/// A whole review of Plan 248 by one commune's official, worked out from the plan file: link (or sign in), start, every
/// question of the commune level answered as typed on a phone, two invalid answers that must be asked again, the
/// records question filled once, the summary card, and the submission through the card's button.
/// </summary>
internal sealed class ReviewScript
{
    public const string Level = "commune";

    private ReviewScript(IReadOnlyList<ScriptStep> steps) => Steps = steps;

    public IReadOnlyList<ScriptStep> Steps { get; }

    /// <summary>The invalid answers in the script (each must get the same question again).</summary>
    public int InvalidAnswers => Steps.Count(step => step.Invalid);

    /// <summary>The review over a chat channel (/api/messages): the official links with account and access code in the chat.</summary>
    public static ReviewScript InChat(Plan plan) =>
        new([
            new ScriptStep(StepKind.Start, null, Texts.AskAccount),
            new ScriptStep(StepKind.Account, null, Texts.AskCode),
            new ScriptStep(StepKind.Code, null, Texts.Linked),
            .. Review(plan),
        ]);

    /// <summary>The review on the page: the official signs in (account and access code), Direct Line greets them by name.</summary>
    public static ReviewScript OnPage(Plan plan) =>
        new([new ScriptStep(StepKind.SignIn, null, Texts.Greeting), .. Review(plan)]);

    private static List<ScriptStep> Review(Plan plan)
    {
        var questions = plan.SectionsFor(Level)
            .SelectMany((section, s) => section.Questions.Select((question, q) => (Question: question, Header: Texts.Header(s + 1, q + 1))))
            .ToList();
        var steps = new List<ScriptStep> { new(StepKind.Text, "bắt đầu", questions[0].Header) };
        var invalidNumber = false;
        var invalidYesNo = false;
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i].Question;
            var next = i + 1 < questions.Count ? questions[i + 1].Header : null;
            // Two answers that do not fit: a number in words, a "maybe" to a yes/no question. The bot says why and stays at the
            // question (it must not ask the next one); the valid answer that follows must then get the next question.
            if (question.Type == QuestionType.Number && !invalidNumber)
            {
                invalidNumber = true;
                steps.Add(new ScriptStep(StepKind.Text, "nhiều lắm", null, Reject: next, Invalid: true));
            }
            else if (question.Type == QuestionType.YesNo && !invalidYesNo)
            {
                invalidYesNo = true;
                steps.Add(new ScriptStep(StepKind.Text, "chắc vậy", null, Reject: next, Invalid: true));
            }

            if (question.Type == QuestionType.Records)
            {
                var fields = question.Fields!;
                steps.Add(new ScriptStep(StepKind.Text, "thêm", Texts.RecordField(1, fields.Count)));
                for (var f = 0; f < fields.Count; f++)
                {
                    steps.Add(new ScriptStep(StepKind.Text, Answer(fields[f]), f + 1 < fields.Count ? Texts.RecordField(f + 2, fields.Count) : Texts.RecordSaved));
                }

                steps.Add(Then(new ScriptStep(StepKind.Text, "xong", null), next));
            }
            else
            {
                steps.Add(Then(new ScriptStep(StepKind.Text, Answer(question), null), next));
            }
        }

        steps.Add(new ScriptStep(StepKind.SubmitButton, null, Texts.Submitted));
        return steps;
    }

    // After an answer the next question is asked; after the last one, the summary card with its submit button comes.
    private static ScriptStep Then(ScriptStep step, string? nextHeader) =>
        nextHeader is null ? step with { ExpectSubmitCard = true } : step with { Expect = nextHeader };

    // The answers an official types on a phone: grouped digits, no diacritics, choices by number.
    private static string Answer(Question question) => question.Type switch
    {
        QuestionType.Number => Math.Clamp(1234, question.Min ?? 0, question.Max ?? long.MaxValue).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.'),
        QuestionType.YesNo => "co",
        QuestionType.Choice => "1",
        QuestionType.MultiChoice => "1, 2",
        QuestionType.Date => (question.MinDate ?? new DateOnly(2020, 6, 1)).AddDays(1).ToString("d/M/yyyy", CultureInfo.InvariantCulture),
        QuestionType.ShortText => "Tổ an ninh nhân dân",
        _ => "Cấp ủy, chính quyền đã ban hành nghị quyết chuyên đề về bảo đảm an ninh trật tự.\nTổ chức quán triệt đến 100% chi bộ.",
    };
}
