using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoKetBot.Bot.Maintenance;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Outbox;
using SoKetBot.Storage.Turns;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Maintenance;

/// <summary>The retention job removes handled activities and finished outbox items past their age, never what is still owed.</summary>
public sealed class RetentionJobTests
{
    [Fact]
    public async Task CleanAll_RemovesOldHandledActivitiesAndDeliveredItems_KeepsWhatIsStillOwed()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new SoKetBotApplication(
            settings: new Dictionary<string, string?>
            {
                ["Outbox:QuickRetries"] = "0",
                ["Outbox:GiveUpAfter"] = "30.00:00:00",
                ["Retention:BatchSize"] = "1",
                ["Retention:Interval"] = "30.00:00:00", // this test runs the pass itself
            },
            services: services => services.Replace(ServiceDescriptor.Singleton<ITurnEngine>(new ScriptedEngine(new Reply { Text = "một" }))));
        using var client = app.CreateClient();
        var outbox = app.Services.GetRequiredService<IOutboxStore>();
        var handled = app.Services.GetRequiredService<IHandledActivityStore>();

        using (await client.PostActivityAsync(Activities.Message("a", id: "old-1", conversationId: "c-1", serviceUrl: connector.BaseAddress.ToString())))
        using (await client.PostActivityAsync(Activities.Message("b", id: "old-2", conversationId: "c-2", serviceUrl: connector.BaseAddress.ToString())))
        {
            await Activities.WaitUntilAsync(() => outbox.All() is [{ Done: true }, { Done: true }]);
        }

        app.Time.Advance(TimeSpan.FromDays(8));
        using (await client.PostActivityAsync(Activities.Message("c", id: "new-1", conversationId: "c-3", serviceUrl: "http://127.0.0.1:9/")))
        {
            await Activities.WaitUntilAsync(() => outbox.All().Any(item => item.Attempts >= 1 && !item.Done));
        }

        app.Time.Advance(TimeSpan.FromDays(2));
        var removed = app.Services.GetRequiredService<RetentionJob>().CleanAll();

        // Two of each past their age, removed one per transaction; the failing item is owed still, however old.
        Assert.Equal(2, removed["outbox items"]);
        Assert.Equal(3, removed["handled activities"]);
        var left = Assert.Single(outbox.All());
        Assert.False(left.Done);
        Assert.Null(handled.Find(HandledActivity.KeyOf("emulator", "c-1", "old-1")));
    }
}
