using System.Globalization;

namespace SoKetBot.Load;

/// <summary>What one run measures; every option has a command-line form (see <see cref="Usage"/>).</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        dotnet run -c Release --project benchmarks/SoKetBot.Load -- [options]
          --officials N        communes (one reporter each) imported for the SoKetBot rounds (default 3000)
          --concurrency C,C    conversations at once, one round each (default 50,200)
          --duration S         seconds each round starts new reviews; those under way then finish (default 30)
          --nation N           communes of the nation-scale round, under 700 districts and 63 provinces (default 11000; 0: skip)
          --nation-concurrency C   conversations at once in the nation-scale round (default 100)
          --nation-limit S     stop starting the nation's reviews after S seconds (default: none, every commune reviews)
          --no-peer            skip the Bot Framework SDK peer (benchmarks/peer, needs Node.js and npm)
          --smoke              a few conversations on every channel and a small nation: checks that it all works
          --bot PATH           the bot's SoKetBot.Bot.dll (default: its build in this configuration)
        """;

    public int Officials { get; init; } = 3000;

    public IReadOnlyList<int> Concurrency { get; init; } = [50, 200];

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reviews per round instead of a duration (the smoke mode).</summary>
    public int? ReviewsPerRound { get; init; }

    public int NationCommunes { get; init; } = 11_000;

    public int NationDistricts { get; init; } = 700;

    public int NationProvinces { get; init; } = 63;

    public int NationConcurrency { get; init; } = 100;

    /// <summary>A cap on the nation's reviews, for a machine too slow to finish them in the time at hand; none by default.</summary>
    public TimeSpan? NationLimit { get; init; }

    public bool Peer { get; init; } = true;

    public string? BotDll { get; init; }

    /// <summary>A few conversations on every channel (/api/messages, Direct Line, the no-op, the SDK with both storages) and a small nation.</summary>
    public static BenchmarkOptions Smoke(string? botDll = null) => new()
    {
        Officials = 12,
        Concurrency = [2],
        ReviewsPerRound = 2,
        NationCommunes = 6,
        NationDistricts = 3,
        NationProvinces = 2,
        NationConcurrency = 3,
        BotDll = botDll,
    };

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = args.Contains("--smoke") ? Smoke() : new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--smoke" => options,
                "--help" or "-h" => throw new ArgumentException(Usage),
                "--officials" => options with { Officials = Number() },
                "--concurrency" => options with { Concurrency = Next().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList() },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number()), ReviewsPerRound = null },
                "--nation" => options with { NationCommunes = Number() },
                "--nation-concurrency" => options with { NationConcurrency = Number() },
                "--nation-limit" => options with { NationLimit = TimeSpan.FromSeconds(Number()) },
                "--no-peer" => options with { Peer = false },
                "--bot" => options with { BotDll = Path.GetFullPath(Next()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }

        return options;
    }
}
