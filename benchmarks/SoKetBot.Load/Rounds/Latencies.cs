using System.Diagnostics;

namespace SoKetBot.Load.Rounds;

/// <summary>Percentiles of the turns' latencies (from the post to the last reply), in milliseconds.</summary>
internal sealed record Latencies(double P50, double P95, double P99, double Max)
{
    public static Latencies Of(List<long> stopwatchTicks)
    {
        if (stopwatchTicks.Count == 0)
        {
            return new Latencies(0, 0, 0, 0);
        }

        stopwatchTicks.Sort();
        double At(double quantile) => Milliseconds(stopwatchTicks[Math.Min(stopwatchTicks.Count - 1, (int)Math.Ceiling(quantile * stopwatchTicks.Count) - 1)]);
        return new Latencies(At(0.50), At(0.95), At(0.99), Milliseconds(stopwatchTicks[^1]));
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
