using SoKetBot.Load.Noop;

namespace SoKetBot.Load;

// Not top-level statements: their global Program would clash with the bot's in the test project, which references both.
internal static class LoadProgram
{
    // dotnet run -c Release --project benchmarks/SoKetBot.Load -- [--smoke] [--officials N] [--concurrency 50,200] [--duration 15] [--nation 11000]
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == NoopServer.Command)
        {
            await NoopServer.RunAsync(args[1..]);
            return 0;
        }

        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        var report = await new Benchmark(options, Console.Out).RunAsync(CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine(report.Table());
        return report.Errors == 0 ? 0 : 1;
    }
}
