using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoKetBot.Bot.Messaging;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Tests.Bot.Messaging;

/// <summary>The duplicate filter is bounded in bytes: a flood of distinct ids with large replies never grows it past its cap.</summary>
public sealed class RecentTurnsTests
{
    private const long Cap = 256 * 1024;

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    private RecentTurns CreateSut(long maxBytes = Cap) =>
        new(Options.Create(new MessagingOptions { DuplicateMaxBytes = maxBytes, DuplicateCapacity = 1_000_000 }), time);

    private static Activity Incoming(int n) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"activity-{n}",
        ChannelId = "emulator",
        Conversation = new ConversationAccount { Id = $"conversation-{n % 7}" },
    };

    private static Func<Task<IReadOnlyList<Activity>>> Turn(Counter counter, int replyChars) => () =>
    {
        counter.Runs++;
        return Task.FromResult<IReadOnlyList<Activity>>([new Activity { Type = ActivityTypes.Message, Text = new string('ậ', replyChars) }, new Activity { Type = ActivityTypes.Message, Text = "ok" }]);
    };

    [Fact]
    public async Task RecentTurns_FloodOfDistinctIdsWithLargeReplies_NeverAccountsMoreThanTheCap()
    {
        var sut = CreateSut();
        var counter = new Counter();

        for (var n = 0; n < 3_000; n++)
        {
            await sut.RunOnceAsync(Incoming(n), Turn(counter, 2_000));

            Assert.InRange(sut.AccountedBytes, 1, Cap);
        }

        Assert.Equal(3_000, counter.Runs);
        var (replies, isDuplicate) = await sut.RunOnceAsync(Incoming(2_999), Turn(counter, 2_000));
        Assert.True(isDuplicate);
        Assert.Equal(3_000, counter.Runs);
        Assert.Equal(2_000, replies[0].Text!.Length);
        var (_, oldestIsDuplicate) = await sut.RunOnceAsync(Incoming(0), Turn(counter, 2_000));
        Assert.False(oldestIsDuplicate);
        Assert.Equal(3_001, counter.Runs);
    }

    [Fact]
    public async Task RecentTurns_RetryWithinTheWindow_GetsTheSameRepliesWithoutASecondTurn()
    {
        var sut = CreateSut();
        var counter = new Counter();
        var (first, _) = await sut.RunOnceAsync(Incoming(1), Turn(counter, 10));
        time.Advance(TimeSpan.FromMinutes(9));

        var (again, isDuplicate) = await sut.RunOnceAsync(Incoming(1), Turn(counter, 10));

        Assert.True(isDuplicate);
        Assert.Same(first, again);
        Assert.Equal(1, counter.Runs);
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.False((await sut.RunOnceAsync(Incoming(1), Turn(counter, 10))).IsDuplicate);
    }

    [Fact]
    public async Task RecentTurns_ReplySetLargerThanTheCap_IsNotRememberedButTheIdIs()
    {
        var sut = CreateSut(maxBytes: 64 * 1024);
        var counter = new Counter();
        var (first, _) = await sut.RunOnceAsync(Incoming(1), Turn(counter, 100_000));

        var (again, isDuplicate) = await sut.RunOnceAsync(Incoming(1), Turn(counter, 100_000));

        Assert.Equal(100_000, first[0].Text!.Length);
        Assert.True(isDuplicate);
        Assert.Empty(again);
        Assert.Equal(1, counter.Runs);
        Assert.InRange(sut.AccountedBytes, 1, 1024);
    }

    [Fact]
    public async Task RecentTurns_RetryWhileTheFirstRunIsStillRunning_WaitsForItsReplies()
    {
        var sut = CreateSut();
        var release = new TaskCompletionSource<IReadOnlyList<Activity>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;
        Task<IReadOnlyList<Activity>> Slow()
        {
            runs++;
            return release.Task;
        }

        var first = sut.RunOnceAsync(Incoming(1), Slow);
        var retry = sut.RunOnceAsync(Incoming(1), Slow);
        release.SetResult([new Activity { Type = ActivityTypes.Message, Text = "xong" }]);

        Assert.Equal("xong", (await retry).Replies.Single().Text);
        Assert.True((await retry).IsDuplicate);
        Assert.Equal("xong", (await first).Replies.Single().Text);
        Assert.Equal(1, runs);
    }

    private sealed class Counter
    {
        public int Runs { get; set; }
    }
}
