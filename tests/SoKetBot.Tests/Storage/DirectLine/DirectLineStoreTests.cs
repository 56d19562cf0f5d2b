using SoKetBot.Storage.Database;
using SoKetBot.Storage.DirectLine;

namespace SoKetBot.Tests.Storage.DirectLine;

public sealed class DirectLineStoreTests : IDisposable
{
    private static readonly DateTime At = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);

    private readonly SoKetBotDatabase database = new(":memory:");

    public void Dispose() => database.Dispose();

    [Fact]
    public void ActivitiesAfter_Watermark_ReadsAnIndexRangeFromIt()
    {
        var store = CreateSut();
        Fill(store, "conv-a", 300);
        Fill(store, "conv-b", 300);

        var page = store.ActivitiesAfter("conv-a", 290, 100);
        var plan = store.PlanOfActivitiesAfter("conv-a", 290);

        Assert.Equal(Enumerable.Range(291, 10).Select(sequence => (long)sequence), page.Select(activity => activity.Sequence));
        Assert.All(page, activity => Assert.Equal("conv-a", activity.ConversationId));
        // Read in the index's order from the watermark on and stopped at the page's end: no filter over earlier rows, no sort.
        Assert.Equal("INDEX RANGE SCAN(_id BETWEEN \"conv-a|0000291\" AND \"conv-a|9999999\")", plan["index"]["mode"].AsString);
        Assert.False(plan.ContainsKey("filters"), plan.ToString());
        Assert.False(plan.ContainsKey("orderBy"), plan.ToString());
    }

    [Fact]
    public void ActivitiesAfter_LongHistory_PagesInOrderAndStopsAtTheEnd()
    {
        var store = CreateSut();
        Fill(store, "conv-a", 250);
        Fill(store, "conv-a2", 5);

        var first = store.ActivitiesAfter("conv-a", 0, 100);
        var last = store.ActivitiesAfter("conv-a", 200, 100);
        var none = store.ActivitiesAfter("conv-a", 250, 100);

        Assert.Equal(Enumerable.Range(1, 100).Select(sequence => (long)sequence), first.Select(activity => activity.Sequence));
        Assert.Equal(Enumerable.Range(201, 50).Select(sequence => (long)sequence), last.Select(activity => activity.Sequence));
        Assert.Empty(none);
    }

    [Fact]
    public void DeleteActivities_OldAndUpToASequence_DeletesOnlyThoseInBatches()
    {
        var store = CreateSut();
        Fill(store, "conv-a", 10);
        store.Append(new DirectLineConversation { Id = "conv-a", CreatedAt = At, LastSequence = 11 }, [new DirectLineActivity { Id = DirectLineActivity.IdOf("conv-a", 11), ConversationId = "conv-a", Sequence = 11, At = At.AddDays(2), Json = "{}" }]);

        var firstBatch = store.DeleteActivities("conv-a", At.AddDays(1), upToSequence: 8, batchSize: 5);
        var secondBatch = store.DeleteActivities("conv-a", At.AddDays(1), upToSequence: 8, batchSize: 5);
        var kept = store.ActivitiesAfter("conv-a", 0, 100);

        Assert.Equal((5, 3), (firstBatch, secondBatch));
        Assert.Equal([9L, 10L, 11L], kept.Select(activity => activity.Sequence));
        Assert.False(store.DeleteConversationIfIdleSince("conv-a", At.AddDays(3)));
    }

    private DirectLineStore CreateSut() => new(database);

    private static void Fill(DirectLineStore store, string conversationId, int count)
    {
        var conversation = new DirectLineConversation { Id = conversationId, CreatedAt = At, LastSequence = count };
        store.Append(conversation, Enumerable.Range(1, count).Select(sequence => new DirectLineActivity
        {
            Id = DirectLineActivity.IdOf(conversationId, sequence),
            ConversationId = conversationId,
            Sequence = sequence,
            At = At,
            Json = "{}",
        }).ToList());
    }
}
