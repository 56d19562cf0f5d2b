using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Settings;

namespace SoKetBot.Benchmarks;

/// <summary>
/// One small transaction (one upsert) committed through <see cref="SoKetBotDatabase.Run"/> on a LiteDB file on disk:
/// the part of a turn that <see cref="Durability"/> changes, without the dialog's work around it.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes the database in GlobalCleanup.")]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class CommitBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "soketbot-commit-" + Guid.NewGuid().ToString("N"));
    private SoKetBotDatabase database = null!;
    private SettingStore settings = null!;
    private int next;

    [Params(Durability.Process, Durability.Flush)]
    public Durability Durability { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        database = new SoKetBotDatabase(Path.Combine(folder, "commit.db"), Durability);
        settings = new SettingStore(database);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    public void Commit() => database.Run(() => settings.Save(new Setting { Id = $"k{next++ % 1000}", Value = "v" }));
}
