using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SoKetBot.Dialogs;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage;
using SoKetBot.Storage.Organisation.Import;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Dialogs;

/// <summary>
/// Storage, plans and dialogs without HTTP: LiteDB in memory, Plan 248 shifted to the fake clock's day, and the demo
/// province, as `dotnet run` has them in Development.
/// </summary>
internal sealed class DialogHost : IDisposable
{
    /// <summary>09:00 in Hà Nội on 1 December 2026; the demo plan is shifted to start that day.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly IHost host;

    /// <param name="services">Replaces services after the wiring, e.g. a store that fails on purpose or a counting access code verifier.</param>
    public DialogHost(FakeTimeProvider? time = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Time = time ?? new FakeTimeProvider(Start);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = RepositoryRoot.Bot,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataFile"] = ":memory:",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
        builder.AddStorage();
        builder.AddPlans();
        builder.AddDemoProvince();
        builder.AddDialogs();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
        services?.Invoke(builder.Services);
        host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
        Engine = host.Services.GetRequiredService<ITurnEngine>();
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => host.Services;

    public ITurnEngine Engine { get; }

    public Plan Plan => Get<PlanCatalog>().Active;

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public void Dispose()
    {
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
    }
}
