using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoKetBot.Bot.Maintenance;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Settings;

namespace SoKetBot.Tests.Bot.Maintenance;

public sealed class QuietCheckpointTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(30);

    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-quiet-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 4, 2, 0, 0, TimeSpan.Zero));
    private readonly Channel<bool> looks = Channel.CreateUnbounded<bool>();
    private readonly SemaphoreSlim waiting = new(0);
    private SoKetBotDatabase database = null!;
    private QuietCheckpoint service = null!;

    public async Task InitializeAsync()
    {
        database = new SoKetBotDatabase(Path.Combine(folder, "soketbot.db"));
        service = new QuietCheckpoint(database, Options.Create(new StorageOptions { CheckpointWhenQuietFor = Quiet }), time, NullLogger<QuietCheckpoint>.Instance);
        service.Waiting += () => waiting.Release();
        service.Looked += checkpointed => looks.Writer.TryWrite(checkpointed);
        await service.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await service.StopAsync(CancellationToken.None);

    public void Dispose()
    {
        service.Dispose();
        database.Dispose();
        waiting.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private long LogLength => new FileInfo(LogFile.PathOf(database.DataFile)).Length;

    private void Commit(string id) => database.Run(() => new SettingStore(database).Save(new Setting { Id = id, Value = "v" }));

    // Waits until the service's timer is set, moves the clock on by one quiet time, and returns what that look did.
    private async Task<bool> NextLookAsync(TimeSpan? by = null)
    {
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10)), "The service did not start waiting.");
        time.Advance(by ?? Quiet);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await looks.Reader.ReadAsync(timeout.Token);
    }

    [Fact]
    public async Task QuietCheckpoint_CommitsThenQuiet_CheckpointsOnceAfterAQuietTime()
    {
        Assert.False(await NextLookAsync());

        Commit("a");
        Assert.False(await NextLookAsync());
        Assert.True(LogLength > 0);

        Assert.True(await NextLookAsync());
        Assert.Equal(0, LogLength);

        Assert.False(await NextLookAsync());
    }

    [Fact]
    public async Task QuietCheckpoint_CommitInEveryQuietTime_NoCheckpointUntilItStops()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
            Commit($"k{i}");
            waiting.Release();
            Assert.False(await NextLookAsync());
        }

        Assert.True(LogLength > 0);
        Assert.True(await NextLookAsync());
        Assert.Equal(0, LogLength);
    }
}
