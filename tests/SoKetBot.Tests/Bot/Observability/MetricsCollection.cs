namespace SoKetBot.Tests.Bot.Observability;

/// <summary>
/// Tests that read exact metric values run alone: OpenTelemetry listens to every meter named "SoKetBot" in the
/// process, so a turn in another test's host, running at the same time, would be counted too.
/// </summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;
