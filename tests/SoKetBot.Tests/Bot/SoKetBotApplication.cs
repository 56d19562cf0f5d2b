using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Tests.Bot;

/// <summary>
/// The whole bot on real Kestrel on a free loopback port, with its own data file (a temporary file, so a test can
/// restart the bot on the same data) and a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class SoKetBotApplication : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;

    /// <param name="services">Replaces services after the bot's own wiring, e.g. the turn engine with a test engine.</param>
    public SoKetBotApplication(
        string? dataFile = null,
        FakeTimeProvider? time = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        this.services = services;
        DataFile = dataFile ?? Path.Combine(Path.GetTempPath(), $"soketbot-test-{Guid.NewGuid():N}.db");
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero));
        this.settings = new Dictionary<string, string?> { ["DirectLine:Secret"] = DirectLineSecret };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }

        // Not UseKestrel(0): that rewrites the server's addresses after the app has started Kestrel on its own thread and
        // fails at random with "Addresses cannot be modified after the server has started" (dotnet/aspnetcore PR #67714).
        // The port is chosen through the "urls" setting instead (ConfigureWebHost).
        UseKestrel();
    }

    /// <summary>
    /// Held while any test host is built. WebApplicationFactory finds the bot's host by listening to every host built in
    /// the process, so a host built at the same time on another thread (another factory, a stand-in server) can be
    /// taken for the bot's.
    /// </summary>
    internal static Lock HostBuildLock { get; } = new();

    /// <summary>The Direct Line secret the test host is configured with, unless a test sets another.</summary>
    public const string DirectLineSecret = "test-direct-line-secret";

    /// <summary>The LiteDB file; pass it to a new application to "restart" the bot on the same data.</summary>
    public string DataFile { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The root address of the running server, for example http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>Keep the data file when disposed, for a test that starts the bot again on it.</summary>
    public bool KeepDataFile { get; set; }

    /// <summary>Adds an official (and their unit) with the access code <paramref name="accessCode"/>, as the demo seeding will.</summary>
    public Official SeedOfficial(string account = "xa", string fullName = "Trần Văn Thắng", string unitName = "Xã Hưng Lộc", string accessCode = "demo")
    {
        var unitCode = "unit-" + account;
        Services.GetRequiredService<IUnitStore>().Save(new Unit { Code = unitCode, Name = unitName, Kind = UnitKind.Commune, Level = "commune" });
        var official = new Official
        {
            Account = account,
            FullName = fullName,
            Title = "Phó Trưởng Công an xã",
            UnitCode = unitCode,
            Roles = OfficialRoles.Reporter,
            AccessCodeHash = AccessCodeHasher.Hash(accessCode),
        };
        Services.GetRequiredService<IOfficialStore>().Save(official);
        return official;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDataFile)
        {
            File.Delete(DataFile);
            File.Delete(Path.ChangeExtension(DataFile, null) + "-log.db");
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (HostBuildLock)
        {
            return base.CreateHost(builder);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Storage:DataFile", DataFile);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
        if (this.services is not null)
        {
            builder.ConfigureServices(this.services);
        }
    }
}
