using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;
using SoKetBot.Tests.Dialogs;

namespace SoKetBot.Tests.Bot.Hosting;

/// <summary>Where a conversation stands, without the time it was saved: what a restart must resume from.</summary>
internal sealed record StateView(DialogMode Mode, string? PendingAccount, string? QuestionId, bool ReturnToSummary, int? EditSection, string? Draft, int RecordField)
{
    public static StateView? Of(ConversationState? state) => state is null
        ? null
        : new StateView(state.Mode, state.PendingAccount, state.QuestionId, state.ReturnToSummary, state.EditSection,
            state.RecordDraft is null ? null : JsonSerializer.Serialize(state.RecordDraft.OrderBy(field => field.Key, StringComparer.Ordinal)), state.RecordField);
}

/// <summary>One thing the official says (null text: the conversation starts), with where the conversation stands after it and how many replies it gets.</summary>
internal sealed record ScriptStep(string? Text, StateView? After, int Replies);

/// <summary>
/// What one official says in one conversation, worked out beforehand on the same bot in memory (<see cref="DialogHost"/>):
/// linking, then answering the review question by question, each answer different from the others, so that one stored
/// under the wrong question shows.
/// </summary>
internal sealed record ChatScript(string ChannelId, string ConversationId, string UserId, string Account, IReadOnlyList<ScriptStep> Steps)
{
    public string StateKey => ConversationState.KeyOf(ChannelId, ConversationId);

    /// <summary>Where the conversation stands after its first <paramref name="steps"/> steps (null before any).</summary>
    public StateView? StateAfter(int steps) => steps == 0 ? null : Steps[steps - 1].After;

    /// <summary>The replies owed by the whole script.</summary>
    public int TotalReplies => Steps.Sum(step => step.Replies);

    /// <summary>
    /// Runs every chat on one in-memory bot (the demo province, the plan shifted to today, as the real process has them)
    /// and returns the scripts with the answers that bot stored: what the real one must have stored at the end.
    /// </summary>
    public static (IReadOnlyList<ChatScript> Scripts, IReadOnlySet<string> Answers) Write(IEnumerable<(string ChannelId, string ConversationId, string UserId, string Account)> chats, int maxSteps)
    {
        using var host = new DialogHost(new FakeTimeProvider(TimeProvider.System.GetUtcNow()));
        var scripts = chats.Select(chat => Write(host, chat.ChannelId, chat.ConversationId, chat.UserId, chat.Account, maxSteps)).ToList();
        var answers = host.Get<SoKetBotDatabase>().Collection<Answer>(Collections.Answers).FindAll().Select(Describe).ToHashSet(StringComparer.Ordinal);
        return (scripts, answers);
    }

    /// <summary>An answer as the test compares it: the submission, the question and the value.</summary>
    public static string Describe(Answer answer) => $"{answer.SubmissionId} {answer.QuestionId} {JsonSerializer.Serialize(answer.Value)}";

    private static ChatScript Write(DialogHost host, string channelId, string conversationId, string userId, string account, int maxSteps)
    {
        var questions = host.Plan.Sections.SelectMany(section => section.Questions).ToDictionary(question => question.Id);
        var states = host.Get<IConversationStateStore>();
        var key = ConversationState.KeyOf(channelId, conversationId);
        var steps = new List<ScriptStep>();
        var recordAdded = new HashSet<string>(StringComparer.Ordinal);
        void Say(string? text)
        {
            var input = new TurnInput { ChannelId = channelId, ConversationId = conversationId, UserId = userId, UserName = "An", Kind = text is null ? TurnKind.ConversationStarted : TurnKind.Message, Text = text };
            var replies = host.Engine.Run(input).Replies.Count;
            steps.Add(new ScriptStep(text, StateView.Of(states.Find(key)), replies));
        }

        Say(null);
        Say(account);
        Say("demo");
        Say("bắt đầu");
        while (steps.Count < maxSteps && states.Find(key) is { Mode: DialogMode.Answering, QuestionId: { } id } state)
        {
            var question = questions[id];
            if (question.Type != QuestionType.Records)
            {
                Say(AnswerFor(question, steps.Count));
            }
            else if (state.RecordField >= 0)
            {
                Say(AnswerFor(question.Fields![state.RecordField], steps.Count));
            }
            else
            {
                Say(recordAdded.Add(id) ? "thêm" : "xong");
            }
        }

        return new ChatScript(channelId, conversationId, userId, account, steps);
    }

    // A valid answer that differs from question to question where the type allows (numbers and texts).
    private static string AnswerFor(Question question, int step) => question.Type switch
    {
        QuestionType.Number => Math.Clamp(100 + step, question.Min ?? 0, question.Max ?? long.MaxValue).ToString(CultureInfo.InvariantCulture),
        QuestionType.ShortText => $"Tổ an ninh nhân dân ở thôn số {step}",
        QuestionType.LongText => $"{SampleAnswers.For(question)}\nNội dung số {step}.",
        _ => SampleAnswers.For(question),
    };
}
