using System.Diagnostics.CodeAnalysis;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using SoKetBot.Storage.Organisation.Import;

namespace SoKetBot.Benchmarks;

/// <summary>
/// Importing a country's commune officials from CSV, as <c>dotnet run --project Bot -- import</c> does, into a LiteDB file on disk
/// that already has the units (11,000 communes under 700 districts). <see cref="Start"/> is the import's critical path for 11,000
/// officials: parsed, checked and stored, their access codes then being hashed; <see cref="Import"/> also waits for every
/// PBKDF2 hash (100,000 iterations) of 1,000 officials, on every core.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes the host in cleanup.")]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class ImportBenchmarks
{
    private const int Districts = 700;
    private const int Communes = 11_000;
    private const int HashedOfficials = 1_000;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "soketbot-import-" + Guid.NewGuid().ToString("N"));
    private BenchmarkHost host = null!;
    private OrganisationImporter importer = null!;

    private string UnitsFile => Path.Combine(folder, "units.csv");

    private string OfficialsFile => Path.Combine(folder, "officials.csv");

    private string FewOfficialsFile => Path.Combine(folder, "officials-1000.csv");

    [GlobalSetup]
    public void WriteFiles()
    {
        Directory.CreateDirectory(folder);
        var units = new StringBuilder("code,name,kind,level,parent\n");
        for (var d = 0; d < Districts; d++)
        {
            units.Append(FormattableString.Invariant($"D{d:D3},Huyện Thử {d},huyen,district,40\n"));
        }

        for (var c = 0; c < Communes; c++)
        {
            units.Append(FormattableString.Invariant($"C{c:D5},Xã Thử {c},xa,commune,D{c % Districts:D3}\n"));
        }

        File.WriteAllText(UnitsFile, units.ToString());
        var officials = Enumerable.Range(0, Communes).Select(c => FormattableString.Invariant($"xa{c},Cán bộ Thử {c},Phó Trưởng Công an xã,C{c:D5},reporter,ma-{Guid.NewGuid():N}")).ToList();
        File.WriteAllText(OfficialsFile, "account,full_name,title,unit,roles,access_code\n" + string.Join('\n', officials) + "\n");
        File.WriteAllText(FewOfficialsFile, "account,full_name,title,unit,roles,access_code\n" + string.Join('\n', officials.Take(HashedOfficials)) + "\n");
    }

    [GlobalCleanup]
    public void DeleteFiles() => Directory.Delete(folder, recursive: true);

    /// <summary>A fresh data file with the units for each iteration; not measured.</summary>
    [IterationSetup]
    public void FreshCountry()
    {
        host = new BenchmarkHost(officials: 0);
        importer = host.Services.GetRequiredService<OrganisationImporter>();
        var units = importer.Import(UnitsFile);
        if (!units.Succeeded)
        {
            throw new InvalidOperationException(units.ToString());
        }
    }

    /// <summary>Stopping the host stops what is left of the hashing (those codes are lost, as on any stop).</summary>
    [IterationCleanup]
    public void AfterImport() => host.Dispose();

    /// <summary>11,000 officials stored; their codes are being hashed when it returns.</summary>
    [Benchmark]
    public int Start() => Checked(importer.Start(OfficialsFile)).Added;

    /// <summary>1,000 officials stored and every code hashed and stored.</summary>
    [Benchmark]
    public int Import() => Checked(importer.Import(FewOfficialsFile)).Added;

    private static ImportReport Checked(ImportReport report) => report.Succeeded ? report : throw new InvalidOperationException(report.ToString());
}
