using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SoKetBot.Bot.Observability;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Settings;
using SoKetBot.Tests.Bot.Messaging;

namespace SoKetBot.Tests.Bot.Observability;

/// <summary>GET /health over real Kestrel: the database and the outbox, each with its status and description.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Health_WithADatabaseAndAnEmptyOutbox_IsHealthy()
    {
        using var app = new SoKetBotApplication();
        using var http = app.CreateClient();

        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["database"]!["status"]);
        Assert.Equal("database: answered a read", (string?)body["checks"]!["database"]!["description"]);
        Assert.Equal("outbox: 0 waiting", (string?)body["checks"]!["outbox"]!["description"]);
    }

    [Fact]
    public async Task Health_AReplyOwedToAnUnreachableChannelForTenMinutes_IsDegraded()
    {
        using var app = new SoKetBotApplication(
            settings: new Dictionary<string, string?> { ["Outbox:QuickRetries"] = "0" },
            services: services => services.Replace(ServiceDescriptor.Singleton<SoKetBot.Dialogs.Engine.ITurnEngine>(new Messaging.ScriptedEngine())));
        using var http = app.CreateClient();
        using (await http.PostActivityAsync(Messaging.Activities.Message("hi", serviceUrl: "http://127.0.0.1:9/")))
        {
        }

        var outbox = app.Services.GetRequiredService<SoKetBot.Storage.Outbox.IOutboxStore>();
        await Messaging.Activities.WaitUntilAsync(() => outbox.All() is [{ Attempts: >= 1 }]);
        app.Time.Advance(TimeSpan.FromMinutes(10));
        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", (string?)body["checks"]!["outbox"]!["status"]);
        Assert.StartsWith("outbox: 1 waiting, the oldest for 600 s", (string?)body["checks"]!["outbox"]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_OutboxItemWaitingLongerThanTheLimit_IsDegradedWith200()
    {
        var status = new FixedOutboxStatus(new OutboxSnapshot(Waiting: 3, OldestAge: TimeSpan.FromMinutes(7), Failed: 0));
        using var app = new SoKetBotApplication(services: services => services.AddSingleton<IOutboxStatus>(status));
        using var http = app.CreateClient();

        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", (string?)body["status"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["database"]!["status"]);
        Assert.Equal("Degraded", (string?)body["checks"]!["outbox"]!["status"]);
        Assert.Equal("outbox: 3 waiting, the oldest for 420 s, longer than 300 s", (string?)body["checks"]!["outbox"]!["description"]);
    }

    [Fact]
    public async Task Health_OutboxLimitConfigured_ItemWithinIt_IsHealthy()
    {
        var status = new FixedOutboxStatus(new OutboxSnapshot(Waiting: 1, OldestAge: TimeSpan.FromMinutes(7), Failed: 0));
        using var app = new SoKetBotApplication(
            settings: new Dictionary<string, string?> { ["Observability:OutboxDegradedAfter"] = "00:10:00" },
            services: services => services.AddSingleton<IOutboxStatus>(status));
        using var http = app.CreateClient();

        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Equal("outbox: 1 waiting, the oldest for 420 s", (string?)body["checks"]!["outbox"]!["description"]);
    }

    [Fact]
    public async Task Health_DatabaseReadStuckPastTheTimeout_Is503Unhealthy()
    {
        using var release = new ManualResetEventSlim();
        using var app = new SoKetBotApplication(services: services => services.Replace(ServiceDescriptor.Singleton<ISettingStore>(provider =>
            new StuckProbeStore(new SettingStore(provider.GetRequiredService<SoKetBotDatabase>()), release))));
        using var http = app.CreateClient();

        var pending = http.GetAsync(new Uri("/health", UriKind.Relative));
        while (await Task.WhenAny(pending, Task.Delay(50)) != pending)
        {
            app.Time.Advance(TimeSpan.FromSeconds(1));
        }

        using var response = await pending;
        release.Set();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", (string?)body["status"]);
        Assert.Equal("database: no answer within 2 s", (string?)body["checks"]!["database"]!["description"]);
    }

    [Theory]
    [InlineData(0, null, 0, HealthStatus.Healthy, "outbox: 0 waiting")]
    [InlineData(2, 299, 0, HealthStatus.Healthy, "outbox: 2 waiting, the oldest for 299 s")]
    [InlineData(2, 301, 0, HealthStatus.Degraded, "outbox: 2 waiting, the oldest for 301 s, longer than 300 s")]
    [InlineData(0, null, 1, HealthStatus.Degraded, "outbox: 0 waiting; 1 given up")]
    public void OutboxCheck_Snapshot_GivesStatusAndDescription(int waiting, int? oldestSeconds, int failed, HealthStatus expected, string description)
    {
        var status = new FixedOutboxStatus(new OutboxSnapshot(waiting, oldestSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, failed));

        var result = OutboxHealthCheck.Check(status, TimeSpan.FromMinutes(5));

        Assert.Equal(expected, result.Status);
        Assert.Equal(description, result.Description);
    }

    [Fact]
    public void OutboxCheck_StatusThrows_IsUnhealthyWithoutTheMessage()
    {
        var result = OutboxHealthCheck.Check(new ThrowingOutboxStatus(), TimeSpan.FromMinutes(5));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("outbox: no status (InvalidOperationException)", result.Description);
    }

    /// <summary>The real settings, except that the health probe's read hangs until released, as on a stuck disk.</summary>
    private sealed class StuckProbeStore(ISettingStore inner, ManualResetEventSlim release) : ISettingStore
    {
        public Setting? Find(string id)
        {
            if (id == "health-probe")
            {
                release.Wait(TimeSpan.FromSeconds(30));
            }

            return inner.Find(id);
        }

        public void Save(Setting record) => inner.Save(record);

        public string GetOrAdd(string id, Func<string> create) => inner.GetOrAdd(id, create);
    }

    private sealed class ThrowingOutboxStatus : IOutboxStatus
    {
        public OutboxSnapshot Snapshot() => throw new InvalidOperationException("/secret/path/outbox.db is locked");
    }
}
