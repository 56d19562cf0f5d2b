using System.Diagnostics;
using SoKetBot.Load.Noop;
using SoKetBot.Load.Processes;

namespace SoKetBot.Load;

/// <summary>Where things are and how each server is started: the bot as users run it, the no-op host, the SDK peer.</summary>
internal sealed class Servers(string botDll, string repositoryRoot)
{
    public string BotDll { get; } = botDll;

    public string BotFolder => Path.GetDirectoryName(BotDll)!;

    public string PlanFile => Path.Combine(BotFolder, "plans", "ke-hoach-248.json");

    public string PeerFolder => Path.Combine(repositoryRoot, "benchmarks", "peer");

    public static Servers Locate(string? botDll)
    {
        var root = RepositoryRoot();
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var dll = botDll ?? Path.Combine(root, "Bot", "bin", configuration, "net10.0", "SoKetBot.Bot.dll");
        return File.Exists(dll) ? new Servers(dll, root) : throw new FileNotFoundException($"The bot is not built at {dll}: dotnet build -c {configuration} Bot");
    }

    /// <summary>
    /// The bot as an administrator runs it (README "Deploying"): the Release build with <c>dotnet SoKetBot.Bot.dll</c>, in
    /// Production, with its appsettings.json (logging included), a LiteDB file, no app id (loopback callers only), on a free
    /// loopback port. Two changes for a load that comes from one address: the per-address rate limits of the page's
    /// sign-in and tokens are raised, and so is the queue of turns waiting at /api/messages (100 by default; 200
    /// conversations at once would get 429s instead of turns). The number of turns running at once stays the default.
    /// </summary>
    public ProcessStartInfo Bot(string dataFile, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = BotFolder };
        start.ArgumentList.Add(BotDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFile"] = dataFile;
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["RateLimits__SignInPermitLimit"] = "100000";
        start.Environment["RateLimits__TokenPermitLimit"] = "100000";
        start.Environment["RateLimits__MessagesQueueLimit"] = "100000";
        return start;
    }

    public static ProcessStartInfo Noop()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(typeof(NoopServer).Assembly.Location)! };
        start.ArgumentList.Add(typeof(NoopServer).Assembly.Location);
        start.ArgumentList.Add(NoopServer.Command);
        return start;
    }

    /// <summary>The SDK peer (benchmarks/peer/index.js) with its state in <paramref name="storage"/> ("memory", or a folder of JSON files).</summary>
    public ProcessStartInfo Peer(string storage, string officialsFile)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = PeerFolder };
        foreach (var arg in new[] { "index.js", "--plan", PlanFile, "--officials", officialsFile, "--storage", storage })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NODE_ENV"] = "production";
        return start;
    }

    /// <summary>Installs the peer's packages from its lock file (npm ci) unless they are already installed from it.</summary>
    public async Task InstallPeerAsync(TextWriter log)
    {
        var installed = Path.Combine(PeerFolder, "node_modules", ".package-lock.json");
        var locked = Path.Combine(PeerFolder, "package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(locked))
        {
            return;
        }

        log.WriteLine("Installing the SDK peer's packages (npm ci in benchmarks/peer)...");
        // --ignore-scripts: botbuilder-dialogs' postinstall only deletes duplicate copies of its recognizers with npx rimraf.
        var npm = new ProcessStartInfo("npm") { WorkingDirectory = PeerFolder };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund", "--ignore-scripts" })
        {
            npm.ArgumentList.Add(arg);
        }

        var (exitCode, output) = await ChildProcess.RunAsync(npm, TimeSpan.FromMinutes(5));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {PeerFolder}:\n{output}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SoKetBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the load benchmark from inside the SoKetBot repository.");
    }
}
