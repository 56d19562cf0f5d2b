using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Database;

namespace SoKetBot.Benchmarks;

/// <summary>
/// Whole reviews of Plan 248 through the turn engine on a LiteDB file on disk, one official after another:
/// linking, greeting, every answer, the summary card and the submission. Reported per turn; a fresh official per review.
/// <see cref="Durability"/> is Storage:Durability: what the commit of each turn costs when it is flushed to the disk, or not.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes the host in GlobalCleanup.")]
[SimpleJob(warmupCount: 2, iterationCount: 10, invocationCount: 8)]
public class ReviewTurnBenchmarks
{
    private const int TurnsPerInvoke = 64;

    private BenchmarkHost host = null!;
    private IEnumerator<TurnInput> inputs = null!;

    [Params(Durability.Process, Durability.Flush)]
    public Durability Durability { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        host = new BenchmarkHost(officials: 400, Durability);
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
