using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using SoKetBot.Dialogs.Engine;

namespace SoKetBot.Benchmarks;

/// <summary>
/// Whole reviews of Plan 248 through the turn engine on a LiteDB file on disk, one official after another:
/// linking, greeting, every answer, the summary card and the submission. Reported per turn; a fresh official per review.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes the host in GlobalCleanup.")]
[SimpleJob(warmupCount: 2, iterationCount: 10, invocationCount: 8)]
public class ReviewTurnBenchmarks
{
    private const int TurnsPerInvoke = 64;

    private BenchmarkHost host = null!;
    private IEnumerator<TurnInput> inputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        host = new BenchmarkHost(officials: 400);
        inputs = host.Scripts.SelectMany(script => script.Inputs).GetEnumerator();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        inputs.Dispose();
        host.Dispose();
    }

    /// <summary>One turn, averaged over the turns of whole reviews, each with its answer written to disk.</summary>
    [Benchmark(OperationsPerInvoke = TurnsPerInvoke)]
    public int Turn()
    {
        var replies = 0;
        for (var i = 0; i < TurnsPerInvoke; i++)
        {
            if (!inputs.MoveNext())
            {
                throw new InvalidOperationException("Out of officials: raise BenchmarkHost's pool.");
            }

            replies += host.Engine.Run(inputs.Current).Replies.Count;
        }

        return replies;
    }
}
