using System.Globalization;
using System.Text.Json.Nodes;
using LiteDB;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.DirectLine;
using SoKetBot.Storage.Outbox;
using SoKetBot.Storage.Reminders;
using SoKetBot.Storage.Reviews;
using SoKetBot.Tests.Bot.Messaging;
using Xunit.Abstractions;

namespace SoKetBot.Tests.Bot.Hosting;

/// <summary>
/// Issue 11, "proven by killing it": the real bot process on one data file, seven officials reviewing at once (five over
/// /api/messages, two over the embedded Direct Line), killed with SIGKILL at random moments and started again on the
/// same file each time, every conversation retrying its last activities as a channel does. The random moments come from
/// a seed, printed (set SOKETBOT_CRASH_SEED to run one again).
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Kills = 5;
    private const int MaxSteps = 40;
    private const string DirectLineSecret = "crash-test-direct-line-secret-0123456789";

    private static readonly (string Account, bool DirectLine)[] Officials =
        [("xa", false), ("phuong", false), ("xa2", false), ("huyen", false), ("huyen2", false), ("so", true), ("bcd", true)];

    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-crash-").FullName;
    private FakeConnector connector = null!;

    private string DataFile => Path.Combine(folder, "soketbot.db");

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task KilledAtRandomMoments_EveryAcknowledgedAnswerKeptOnce_EveryReplyDelivered_StatesResumed()
    {
        var seed = Environment.GetEnvironmentVariable("SOKETBOT_CRASH_SEED") is { Length: > 0 } chosen ? int.Parse(chosen, CultureInfo.InvariantCulture) : Random.Shared.Next();
        output.WriteLine($"Seed {seed} (SOKETBOT_CRASH_SEED={seed} runs this one again)");
        var random = new Random(seed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var bot = await KilledBot.StartAsync(DataFile, BotSettings());
        var (chats, expectedAnswers) = await StartChatsAsync(bot.Current.Client);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: started, {chats.Sum(chat => chat.Script.Steps.Count)} steps to post, {expectedAnswers.Count} answers to keep");

        var acknowledged = new AcknowledgedPosts();
        var drivers = chats.Select(chat => chat.RunAsync(bot.Current, acknowledged.Add)).ToList();
        var anyDone = Task.WhenAny(drivers);
        while (bot.Kills < Kills && !anyDone.IsCompleted)
        {
            // After a few acknowledged posts, at a random moment (within ten more posts), wherever the turns and deliveries are.
            var target = acknowledged.Count + random.Next(1, 12);
            await Task.WhenAny(acknowledged.WhenReached(target), anyDone);
            await Task.WhenAny(Task.Delay(random.Next(0, 100)), acknowledged.WhenReached(target + 10), anyDone);
            await bot.KillAsync();
            AssertResumable(chats, CopyOfDataFile(bot.Kills));
            await bot.RestartAsync();
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: kill {bot.Kills} after {acknowledged.Count} acknowledged posts, restarted");
        }

        await Task.WhenAll(drivers).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(bot.Kills >= 5, $"Only {bot.Kills} kills before the conversations ended (seed {seed}).");
        var messagesChats = chats.OfType<MessagesChat>().ToList();
        await Activities.WaitUntilAsync(() => messagesChats.All(chat => DeliveredTo(chat).Distinct().Count() >= chat.Script.TotalReplies));
        var restartsToDrain = await StopWithNothingOwedAsync(bot);
        foreach (var line in bot.Output.Split('\n').Where(line => line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)).Take(40))
        {
            output.WriteLine("bot " + line.TrimEnd());
        }


        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: stopped; {bot.Kills} kills, {chats.Sum(chat => chat.Retries)} retries of acknowledged activities, {restartsToDrain} restart(s) to drain the outbox");
        using var database = new LiteDatabase(new ConnectionString { Filename = DataFile, Connection = ConnectionType.Direct }, SoKetBotMapper.Create());
        AssertOpensClean(database);
        Assert.Equal(expectedAnswers.Order(StringComparer.Ordinal), StoredAnswers(database).Order(StringComparer.Ordinal));
        Assert.All(chats, chat => Assert.Equal(chat.Script.StateAfter(chat.Script.Steps.Count), StateOf(database, chat.Script)));
        Assert.DoesNotContain(database.GetCollection<OutboxItem>(Collections.Outbox).FindAll(), item => !item.Done || item.GaveUpAt is not null);
        Assert.All(messagesChats, chat => AssertDeliveredOnceInOrder(chat, allowedDuplicates: bot.Kills + restartsToDrain));
        Assert.All(chats.OfType<DirectLineChat>(), chat => AssertDirectLineHistory(database, chat.Script));
        AssertNoReminderTwice(database);
    }

    private static Dictionary<string, string> BotSettings() => new()
    {
        // Development: the demo province and its officials (access code "demo"), anonymous /api/messages from loopback.
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Connector__AllowedServiceHosts__0"] = "127.0.0.1",
        ["DirectLine__Secret"] = DirectLineSecret,
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
    };

    // The scripts, worked out on the bot in memory; the Direct Line conversations are started (greeted) here, before any kill.
    private async Task<(List<ChatDriver> Chats, IReadOnlySet<string> Answers)> StartChatsAsync(HttpClient client)
    {
        var (scripts, answers) = ChatScript.Write(
            Officials.Select(official => official.DirectLine
                ? (EmbeddedDirectLine.TurnChannelId, "dl-" + official.Account, "u_" + official.Account, official.Account)
                : ("emulator", "conv-" + official.Account, "user-" + official.Account, official.Account)),
            MaxSteps);
        var chats = new List<ChatDriver>();
        foreach (var script in scripts)
        {
            if (script.ChannelId != EmbeddedDirectLine.TurnChannelId)
            {
                chats.Add(new MessagesChat(script, new Uri(connector.BaseAddress, "/")));
                continue;
            }

            var (conversationId, token) = await DirectLineChat.StartAsync(client, DirectLineSecret, script.UserId);
            chats.Add(new DirectLineChat(script with { ConversationId = conversationId }, token));
        }

        return (chats, answers);
    }

    // A copy of the data file and its log as the killed process left them, so that reading it changes nothing the next start reads.
    private string CopyOfDataFile(int kill)
    {
        var copy = Path.Combine(folder, $"after-kill-{kill}.db");
        File.Copy(DataFile, copy);
        if (File.Exists(LogOf(DataFile)))
        {
            File.Copy(LogOf(DataFile), LogOf(copy));
        }

        return copy;
    }

    private static string LogOf(string dataFile) => Path.ChangeExtension(dataFile, null) + "-log.db";

    // Each conversation stands where its last acknowledged step left it, or one step further (the step in flight at the kill).
    private static void AssertResumable(IEnumerable<ChatDriver> chats, string dataFile)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = dataFile, Connection = ConnectionType.Direct }, SoKetBotMapper.Create());
        AssertOpensClean(database);
        foreach (var chat in chats)
        {
            var acknowledged = chat.Acknowledged;
            var allowed = new[] { chat.Script.StateAfter(acknowledged), chat.Script.StateAfter(Math.Min(acknowledged + 1, chat.Script.Steps.Count)) };
            Assert.Contains(StateOf(database, chat.Script), allowed);
        }
    }

    private static StateView? StateOf(LiteDatabase database, ChatScript script) =>
        StateView.Of(database.GetCollection<ConversationState>(Collections.ConversationStates).FindById(script.StateKey));

    private static IEnumerable<string> StoredAnswers(LiteDatabase database) =>
        database.GetCollection<Answer>(Collections.Answers).FindAll().Select(ChatScript.Describe);

    // Every document of every collection reads back.
    private static void AssertOpensClean(LiteDatabase database)
    {
        foreach (var name in database.GetCollectionNames())
        {
            Assert.True(database.GetCollection(name).FindAll().Count() >= 0);
        }
    }

    // Stopped with SIGTERM; a delivery cut short by the stop stays owed, so the bot is started again until nothing is.
    private async Task<int> StopWithNothingOwedAsync(KilledBot bot)
    {
        for (var restarts = 0; ; restarts++)
        {
            Assert.Equal(0, await bot.StopAsync());
            var owed = PendingOutboxItems();
            if (owed == 0 || restarts == 3)
            {
                return restarts;
            }

            var seen = connector.Requests.Count;
            await bot.RestartAsync();
            await Activities.WaitUntilAsync(() => connector.Requests.Count >= seen + owed);
        }
    }

    private int PendingOutboxItems()
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = DataFile, Connection = ConnectionType.Direct }, SoKetBotMapper.Create());
        return database.GetCollection<OutboxItem>(Collections.Outbox).Count(item => !item.Done);
    }

    private List<string> DeliveredTo(MessagesChat chat) =>
        connector.Delivered.Where(request => request.RawTarget.StartsWith($"/v3/conversations/{chat.Script.ConversationId}/", StringComparison.Ordinal)).Select(request => request.Body).ToList();

    // Each reply owed arrived (a reply is its body: an item sent twice sends the same body); again only for an item in
    // flight at a kill or a stop; in the order of the steps that owe them.
    private void AssertDeliveredOnceInOrder(MessagesChat chat, int allowedDuplicates)
    {
        var bodies = DeliveredTo(chat);
        Assert.Equal(chat.Script.TotalReplies, bodies.Distinct().Count());
        Assert.InRange(bodies.Count - bodies.Distinct().Count(), 0, allowedDuplicates);
        var steps = bodies.Distinct().Select(body => (string?)JsonNode.Parse(body)!["replyToId"]).ToList();
        Assert.Equal(
            chat.Script.Steps.Select((step, index) => (step.Replies, index)).SelectMany(step => Enumerable.Repeat(chat.ActivityId(step.index), step.Replies)),
            steps);
    }

    // The history holds each posted activity once, in order, and every reply its turns gave.
    private static void AssertDirectLineHistory(LiteDatabase database, ChatScript script)
    {
        var activities = database.GetCollection<DirectLineActivity>(Collections.DirectLineActivities).Find(activity => activity.ConversationId == script.ConversationId)
            .OrderBy(activity => activity.Sequence).Select(activity => JsonNode.Parse(activity.Json)!).ToList();
        var fromUser = activities.Where(activity => (string?)activity["from"]?["role"] == "user").ToList();
        Assert.True(
            script.Steps.Skip(1).Select(step => step.Text).SequenceEqual(fromUser.Select(activity => (string?)activity["text"])),
            $"The history of {script.ConversationId} differs from what was posted; it begins: {string.Join("\n", activities.Take(4).Select(activity => activity.ToJsonString()))}");
        Assert.Equal(script.TotalReplies, activities.Count - fromUser.Count);
    }

    private static void AssertNoReminderTwice(LiteDatabase database)
    {
        var reminders = database.GetCollection<ReminderRecord>(Collections.ReminderLog).FindAll().ToList();
        Assert.Equal(reminders.Count, reminders.Select(reminder => ReminderRecord.KeyOf(reminder.PlanId, reminder.UnitCode, reminder.Kind, reminder.Date)).Distinct(StringComparer.Ordinal).Count());
    }
}
