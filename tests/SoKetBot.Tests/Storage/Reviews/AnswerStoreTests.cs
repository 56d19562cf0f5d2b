using SoKetBot.Storage.Database;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Tests.Storage.Reviews;

public sealed class AnswerStoreTests : IDisposable
{
    private const string SubmissionId = "kh|16708";

    private static readonly DateTime At = new(2026, 6, 1, 8, 30, 15, DateTimeKind.Utc);

    private readonly SoKetBotDatabase database = new(":memory:");

    public void Dispose() => database.Dispose();

    [Fact]
    public void AnswerStore_TurnRolledBack_AnswerNotSeenLater()
    {
        var store = CreateSut();
        Assert.Empty(store.OfSubmission(SubmissionId));

        Assert.Throws<InvalidOperationException>(() => database.Run(() =>
        {
            store.Save(AnswerTo("q1", 1));
            Assert.Single(store.OfSubmission(SubmissionId));
            throw new InvalidOperationException("the turn failed");
        }));

        Assert.Empty(store.OfSubmission(SubmissionId));
        Assert.Null(store.Find(Answer.KeyOf(SubmissionId, "q1")));
    }

    [Fact]
    public void AnswerStore_TurnCommitted_AnswerSeenInsideAndAfter()
    {
        var store = CreateSut();
        Assert.Empty(store.OfSubmission(SubmissionId));

        database.Run(() =>
        {
            store.Save(AnswerTo("q1", 1));
            Assert.Equal(1, Assert.Single(store.OfSubmission(SubmissionId)).Value.Number);
        });

        Assert.Equal(1, Assert.Single(store.OfSubmission(SubmissionId)).Value.Number);
    }

    [Fact]
    public void AnswerStore_AnswersChangedAndDeleted_KeptListEqualsTheFile()
    {
        var store = CreateSut();
        Assert.Empty(store.OfSubmission(SubmissionId));

        store.Save(AnswerTo("q1", 1));
        database.Run(() =>
        {
            store.Save(AnswerTo("q2", 2));
            store.Save(AnswerTo("q1", 10, At.AddTicks(12345)));
        });
        store.Save(new Answer { Id = Answer.KeyOf(SubmissionId, "q3"), SubmissionId = SubmissionId, QuestionId = "q3", Value = new AnswerValue { Records = [new() { ["ten"] = " Tổ 1 " }], Date = new DateOnly(2026, 5, 1) }, AnsweredBy = "xa", AnsweredAt = At });
        var kept = store.OfSubmission(SubmissionId);
        var file = new AnswerStore(database).OfSubmission(SubmissionId);
        store.Delete(Answer.KeyOf(SubmissionId, "q2"));
        store.Save(AnswerTo("q2", 20));

        Assert.Equal(Describe(file), Describe(kept));
        Assert.Equal(Describe(new AnswerStore(database).OfSubmission(SubmissionId)), Describe(store.OfSubmission(SubmissionId)));
    }

    [Fact]
    public void AnswerStore_SavedAnswer_KeptAsTheFileReturnsIt()
    {
        var store = CreateSut();
        Assert.Empty(store.OfSubmission(SubmissionId));

        store.Save(AnswerTo("q1", 1, At.AddTicks(12345)));

        var kept = Assert.Single(store.OfSubmission(SubmissionId));
        var read = Assert.Single(new AnswerStore(database).OfSubmission(SubmissionId));
        Assert.Equal(read.AnsweredAt, kept.AnsweredAt);
        Assert.Equal(read.AnsweredAt.Kind, kept.AnsweredAt.Kind);
    }

    private static Answer AnswerTo(string questionId, long number, DateTime? at = null) => new()
    {
        Id = Answer.KeyOf(SubmissionId, questionId),
        SubmissionId = SubmissionId,
        QuestionId = questionId,
        Value = new AnswerValue { Number = number },
        AnsweredBy = "xa",
        AnsweredAt = at ?? At,
    };

    // Sorted: the store promises no order.
    private static List<string> Describe(IEnumerable<Answer> answers) =>
        answers.OrderBy(answer => answer.Id, StringComparer.Ordinal).Select(answer => $"{answer.Id} {answer.QuestionId} {answer.Value.Number} {answer.Value.Date} "
            + $"{string.Join(";", answer.Value.Records?.SelectMany(record => record.Select(field => field.Key + "=" + field.Value)) ?? [])} "
            + $"{answer.AnsweredBy} {answer.AnsweredAt:O} {answer.AnsweredAt.Kind}").ToList();

    private AnswerStore CreateSut() => new(database);
}
