using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Settings;

namespace SoKetBot.Tests.Storage.Database;

public sealed class GroupCommitTests : IDisposable
{
    private const int Callers = 20;

    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-group-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Run_CallersQueuedBehindACommit_ShareOneCommitAndOneFlush()
    {
        using var database = new SoKetBotDatabase(Path.Combine(folder, "soketbot.db"), Durability.Flush);
        var settings = new SettingStore(database);
        var syncsBefore = database.LogSyncs;
        var batchesBefore = database.Batches;

        var callers = await QueueBehindAsync(database, i => () => settings.Save(new Setting { Id = $"k{i}", Value = $"v{i}" }));
        await Task.WhenAll(callers);

        Assert.All(Enumerable.Range(0, Callers), i => Assert.Equal($"v{i}", settings.Find($"k{i}")?.Value));
        Assert.Equal(2, database.Batches - batchesBefore);
        Assert.Equal(2, database.LogSyncs - syncsBefore);
    }

    [Fact]
    public async Task Run_OneOfABatchThrows_ItKeepsNothingAndTheOthersAreCommitted()
    {
        using var database = new SoKetBotDatabase(Path.Combine(folder, "soketbot.db"), Durability.Flush);
        var settings = new SettingStore(database);

        var callers = await QueueBehindAsync(database, i => () =>
        {
            settings.Save(new Setting { Id = $"k{i}", Value = $"v{i}" });
            if (i == 7)
            {
                throw new InvalidOperationException("the turn failed");
            }
        });

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => callers[7]);
        Assert.Equal("the turn failed", failed.Message);
        await Task.WhenAll(callers.Where((_, i) => i != 7));
        Assert.Null(settings.Find("k7"));
        Assert.All(Enumerable.Range(0, Callers).Where(i => i != 7), i => Assert.Equal($"v{i}", settings.Find($"k{i}")?.Value));
    }

    [Fact]
    public async Task Run_InABatch_EachSeesTheWritesOfThoseBeforeIt()
    {
        using var database = new SoKetBotDatabase(Path.Combine(folder, "soketbot.db"), Durability.Process);
        var settings = new SettingStore(database);
        database.Run(() => settings.Save(new Setting { Id = "count", Value = "0" }));

        var callers = await QueueBehindAsync(database, _ => () =>
        {
            var count = int.Parse(settings.Find("count")!.Value);
            settings.Save(new Setting { Id = "count", Value = (count + 1).ToString() });
        });
        await Task.WhenAll(callers);

        Assert.Equal(Callers.ToString(), settings.Find("count")!.Value);
    }

    [Fact]
    public async Task Run_InABatch_AKeptRecordReadAfterAnEarlierCallerWroteIt_IsThatWrite()
    {
        using var database = new SoKetBotDatabase(Path.Combine(folder, "soketbot.db"), Durability.Process);
        var units = new UnitStore(database);
        database.Run(() => units.Save(Unit("0")));
        Assert.Equal("0", units.Find("u")!.Name);

        var callers = await QueueBehindAsync(database, _ => () => units.Save(Unit((int.Parse(units.Find("u")!.Name) + 1).ToString())));
        await Task.WhenAll(callers);

        Assert.Equal(Callers.ToString(), units.Find("u")!.Name);
    }

    [Fact]
    public async Task AfterCommit_InABatch_RunsInTheOrderOfTheCallers()
    {
        using var database = new SoKetBotDatabase(":memory:");
        var order = new List<int>();

        var callers = await QueueBehindAsync(database, i => () => database.AfterCommit(() => order.Add(i)), blocking: false);
        await Task.WhenAll(callers);

        Assert.Equal(Enumerable.Range(0, Callers), order);
    }

    private static Unit Unit(string name) => new() { Code = "u", Name = name, Kind = UnitKind.Commune, Level = "commune" };

    // Holds the writer in a first transaction until Callers more transactions are queued behind it, then lets it go.
    private static async Task<Task[]> QueueBehindAsync(SoKetBotDatabase database, Func<int, Action> writes, bool blocking = true)
    {
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = database.RunAsync(() =>
        {
            holding.Set();
            release.Wait();
        });
        holding.Wait(TimeSpan.FromSeconds(30));

        var callers = Enumerable.Range(0, Callers).Select(i => !blocking || i % 2 == 0 ? database.RunAsync(writes(i)) : Task.Run(() => database.Run(writes(i)))).ToArray();
        Assert.True(SpinWait.SpinUntil(() => database.Waiting == Callers, TimeSpan.FromSeconds(30)), "The callers never queued.");
        release.Set();
        await first;
        return callers;
    }
}
