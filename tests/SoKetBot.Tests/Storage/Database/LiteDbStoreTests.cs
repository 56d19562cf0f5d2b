using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;

namespace SoKetBot.Tests.Storage.Database;

public sealed class LiteDbStoreTests : IDisposable
{
    private const string Key = "webchat|c1";

    private static readonly DateTime At = new(2026, 6, 1, 8, 30, 15, DateTimeKind.Utc);

    private readonly SoKetBotDatabase database = new(":memory:");

    public void Dispose() => database.Dispose();

    [Fact]
    public void LiteDbStore_TurnRolledBack_RecordAsBefore()
    {
        var store = CreateSut();
        store.Save(new ConversationState { Id = Key, Mode = DialogMode.Answering, QuestionId = "q1", UpdatedAt = At });
        Assert.Equal("q1", store.Find(Key)!.QuestionId);

        Assert.Throws<InvalidOperationException>(() => database.Run(() =>
        {
            store.Save(store.Find(Key)! with { QuestionId = "q2" });
            Assert.Equal("q2", store.Find(Key)!.QuestionId);
            throw new InvalidOperationException("the turn failed");
        }));

        Assert.Equal("q1", store.Find(Key)!.QuestionId);
        Assert.Equal("q1", new ConversationStateStore(database).Find(Key)!.QuestionId);
    }

    [Fact]
    public void LiteDbStore_TurnCommitted_RecordAsTheFileReturnsIt()
    {
        var store = CreateSut();
        Assert.Null(store.Find(Key));

        database.Run(() => store.Save(new ConversationState { Id = Key, RecordDraft = new() { ["ten"] = " Tổ 1 " }, UpdatedAt = At.AddTicks(12345) }));

        var kept = store.Find(Key)!;
        var read = new ConversationStateStore(database).Find(Key)!;
        Assert.Equal(read.UpdatedAt, kept.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, kept.UpdatedAt.Kind);
        Assert.Equal(read.RecordDraft, kept.RecordDraft);
        Assert.Equal(read with { RecordDraft = null }, kept with { RecordDraft = null });
    }

    private ConversationStateStore CreateSut() => new(database);
}
