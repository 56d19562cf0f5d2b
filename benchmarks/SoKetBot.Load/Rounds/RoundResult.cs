namespace SoKetBot.Load.Rounds;

/// <summary>What one round measured: turns, their latencies, errors, and the server's CPU and peak memory.</summary>
internal sealed record RoundResult
{
    public required string Name { get; init; }

    public required int Concurrency { get; init; }

    /// <summary>Turns answered (and checked) within the measured window.</summary>
    public required long Turns { get; init; }

    public required TimeSpan Window { get; init; }

    public required Latencies Latency { get; init; }

    public required int Errors { get; init; }

    public required IReadOnlyList<string> ErrorSamples { get; init; }

    public required int ReviewsStarted { get; init; }

    /// <summary>Reviews that reached "Đã nộp báo cáo" with every reply as expected.</summary>
    public required int ReviewsSubmitted { get; init; }

    /// <summary>Server CPU for the whole round (its drain included) per turn of the whole round.</summary>
    public required double CpuMsPerTurn { get; init; }

    public required long PeakResidentBytes { get; init; }

    public double TurnsPerSecond => Turns / Window.TotalSeconds;
}
