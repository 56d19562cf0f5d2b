using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Outbox;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Outbox;

/// <summary>The outbox's delivery loop against reads of the outbox that are a moment old, as every sweep's read is.</summary>
public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task SweepReadTheHeadJustBeforeItsDeliveryWasRecorded_ItIsNotSentAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        StaleOnceOutboxStore? store = null;
        using var app = new SoKetBotApplication(services: services =>
        {
            services.Replace(ServiceDescriptor.Singleton(new ScriptedEngine(new Reply { Text = "một" }) as ITurnEngine));
            services.Replace(ServiceDescriptor.Singleton<IOutboxStore>(provider => store = new StaleOnceOutboxStore(new OutboxStore(provider.GetRequiredService<SoKetBotDatabase>()))));
        });
        using var client = app.CreateClient();
        var serviceUrl = connector.BaseAddress.ToString();

        using var first = await client.PostActivityAsync(Activities.Message("hi", id: "act-1", serviceUrl: serviceUrl));
        await Activities.WaitUntilAsync(() => store!.All() is [{ Done: true }]);
        store!.ServeAsStillPending(store.All()[0]);
        using var second = await client.PostActivityAsync(Activities.Message("hi", id: "act-2", serviceUrl: serviceUrl));
        await Activities.WaitUntilAsync(() => RepliesTo("act-2", connector) > 0);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.True(store.StaleServed);
        Assert.Equal(1, RepliesTo("act-1", connector));
    }

    private static int RepliesTo(string activityId, FakeConnector connector) =>
        connector.Requests.Count(request => (string?)JsonNode.Parse(request.Body)!["replyToId"] == activityId);

    /// <summary>
    /// The outbox in the data file, except that the next read of what is pending still has one item that the previous
    /// attempt just recorded as delivered: a sweep that read between that attempt's commit and the end of the attempt.
    /// </summary>
    private sealed class StaleOnceOutboxStore(IOutboxStore inner) : IOutboxStore
    {
        private OutboxItem? stale;

        public bool StaleServed { get; private set; }

        public void ServeAsStillPending(OutboxItem delivered) => Volatile.Write(ref stale, delivered with { Done = false, DeliveredAt = null });

        public IReadOnlyList<OutboxItem> Pending(int limit)
        {
            var pending = inner.Pending(limit);
            if (Interlocked.Exchange(ref stale, null) is not { } item)
            {
                return pending;
            }

            StaleServed = true;
            return [item, .. pending];
        }

        public long Add(OutboxItem item) => inner.Add(item);

        public OutboxItem? Find(long id) => inner.Find(id);

        public void Save(OutboxItem item) => inner.Save(item);

        public (int Count, DateTime? OldestAt) Waiting() => inner.Waiting();

        public int GivenUpSince(DateTime since) => inner.GivenUpSince(since);

        public int RemoveDeliveredBefore(DateTime before, int batchSize) => inner.RemoveDeliveredBefore(before, batchSize);

        public IReadOnlyList<OutboxItem> All() => inner.All();
    }
}
