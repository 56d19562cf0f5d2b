using Microsoft.Extensions.Options;
using SoKetBot.Bot.Authentication;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Organisation.Import;

namespace SoKetBot.Bot.Hosting;

/// <summary>
/// What the bot refuses to start with outside Development: /api/messages open to the network without authentication,
/// a weak Direct Line secret or token signing key, the demo officials or their access code.
/// </summary>
internal static partial class DeploymentChecks
{
    /// <summary>The demo officials' access code (Bot/demo/officials.csv).</summary>
    private const string DemoAccessCode = "demo";

    /// <summary>Outside Development, writes the problems to stderr and the log, sets exit code 1 and disposes the app; true when it refused.</summary>
    public static async Task<bool> RefusesToStartAsync(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return false;
        }

        var problems = Problems(app.Services);
        if (problems.Count == 0)
        {
            return false;
        }

        var message = $"SoKetBot refuses to start in {app.Environment.EnvironmentName}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(problem => "  - " + problem));
        await Console.Error.WriteLineAsync(message);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DeploymentChecks));
        LogRefused(logger, message);
        await app.DisposeAsync();
        Environment.ExitCode = 1;
        return true;
    }

    /// <summary>Every reason not to start, in English; empty when there is none.</summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var problems = new List<string>();
        problems.AddRange(OpenWithoutAuthentication(services));
        problems.AddRange(WeakSecrets.Check(configuration["DirectLine:Secret"], configuration["DirectLine:TokenSigningKey"]));
        problems.AddRange(DemoOfficials(services, configuration));
        return problems;
    }

    private static IEnumerable<string> OpenWithoutAuthentication(IServiceProvider services)
    {
        var credentials = services.GetRequiredService<BotCredentials>();
        if (credentials.AuthenticationEnabled)
        {
            if (credentials.Problem is { } problem)
            {
                yield return problem;
            }

            yield break;
        }

        var entries = services.GetRequiredService<IOptions<BotOptions>>().Value.AllowAnonymousFrom;
        if (!AnonymousCallers.TryCreate(entries, out var callers, out var error))
        {
            yield return error;
            yield break;
        }

        if (callers.OpensTheNetwork)
        {
            yield return $"Bot:AllowAnonymousFrom ({string.Join(", ", callers.Allowed)}) opens /api/messages to the network without authentication, "
                + "and anyone there could act as any official. Set MicrosoftAppId (Azure Bot Service) or keep Bot:AllowAnonymousFrom to loopback.";
        }
    }

    private static IEnumerable<string> DemoOfficials(IServiceProvider services, IConfiguration configuration)
    {
        var demo = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        if (demo.Seed)
        {
            yield return "Demo:Seed is true: the demo officials, whose access code is public, would be imported. Set Demo:Seed to false.";
        }

        var file = Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, demo.Officials);
        if (!File.Exists(file))
        {
            yield break;
        }

        var store = services.GetRequiredService<IOfficialStore>();

        // Only the demo's few accounts are looked at: verifying an access code costs a PBKDF2 (about 60 ms).
        foreach (var (account, fullName) in DemoRows(file))
        {
            if (store.Find(account) is not { } official)
            {
                continue;
            }

            if (AccessCodeHasher.Verify(DemoAccessCode, official.AccessCodeHash))
            {
                yield return $"The official '{account}' has the demo access code \"{DemoAccessCode}\", which is public. Give them a new access code or remove them.";
            }
            else if (string.Equals(official.FullName, fullName, StringComparison.Ordinal))
            {
                yield return $"The demo official '{account}' ({fullName}) is in the data file. Remove the demo officials (start from a new data file) before going live.";
            }
        }
    }

    // account and full_name, the first two columns of the demo's officials.csv (no quoted commas there).
    private static IEnumerable<(string Account, string FullName)> DemoRows(string file) =>
        File.ReadLines(file).Skip(1).Select(line => line.Split(',')).Where(cells => cells.Length > 1 && cells[0].Length > 0).Select(cells => (cells[0].Trim(), cells[1].Trim()));

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogRefused(ILogger logger, string message);
}
