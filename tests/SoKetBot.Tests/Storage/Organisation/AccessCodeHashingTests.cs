using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Organisation.Import;

namespace SoKetBot.Tests.Storage.Organisation;

public sealed class AccessCodeHashingTests : IDisposable
{
    private const string Units = """
        code,name,kind,level,parent
        40,Tỉnh Nghệ An,tinh,province,
        16672,Phường Hưng Bình,phuong,commune,40
        """;

    private const string Officials = """
        account,full_name,title,unit,roles,access_code
        xa,Trần Văn Thắng,,16672,reporter,cu
        tinh,Lê Xuân Hùng,,40,approver,cu
        """;

    private readonly SoKetBotDatabase database = new(":memory:");
    private readonly OfficialStore officials;
    private readonly AccessCodeHashing hashing;
    private readonly OrganisationImporter importer;

    public AccessCodeHashingTests()
    {
        officials = new OfficialStore(database);
        hashing = new AccessCodeHashing(officials, database, NullLogger<AccessCodeHashing>.Instance);
        importer = new OrganisationImporter(new UnitStore(database), officials, database, hashing);
        importer.Import(Csv(Units), "units.csv");
    }

    public void Dispose()
    {
        hashing.Dispose();
        database.Dispose();
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n") + "\n"));

    [Fact]
    public void Start_NewOfficials_ExistBeforeTheirCodesAreHashedAndCanSignInAtOnce()
    {
        var verifier = new AccessCodeVerifier(hashing);

        var report = importer.Start(Csv(Officials), "officials.csv");
        var stored = officials.Find("xa")!.AccessCodeHash;

        Assert.Equal((2, 2), (report.Added, report.CodesWaiting));
        Assert.True(verifier.Verify("cu", stored));
        Assert.False(verifier.Verify("sai", stored));
        var completed = OrganisationImporter.Complete(report);
        Assert.Equal((2, 0, 0, 0), (completed.Added, completed.Updated, completed.Unchanged, completed.CodesWaiting));
        Assert.True(AccessCodeHasher.Verify("cu", officials.Find("xa")!.AccessCodeHash));
        Assert.Equal(0, hashing.Waiting);
    }

    [Fact]
    public void Start_ChangedCode_TheNewCodeWorksAtOnceAndTheOldOneNoMore()
    {
        importer.Import(Csv(Officials), "officials.csv");
        var before = officials.Find("xa")!.AccessCodeHash;
        var verifier = new AccessCodeVerifier(hashing);

        var report = importer.Start(Csv(Officials.Replace("reporter,cu", "reporter,moi", StringComparison.Ordinal)), "officials.csv");
        var stored = officials.Find("xa")!.AccessCodeHash;

        Assert.True(verifier.Verify("moi", stored));
        Assert.False(verifier.Verify("cu", stored));
        var completed = OrganisationImporter.Complete(report);
        Assert.Equal((0, 1, 1), (completed.Added, completed.Updated, completed.Unchanged));
        Assert.NotEqual(before, officials.Find("xa")!.AccessCodeHash);
        Assert.True(AccessCodeHasher.Verify("moi", officials.Find("xa")!.AccessCodeHash));
    }

    [Fact]
    public void Start_TwoImportsOfOneOfficial_TheLaterCodeWins()
    {
        var first = importer.Start(Csv(Officials), "officials.csv");
        var second = importer.Start(Csv(Officials.Replace("reporter,cu", "reporter,moi", StringComparison.Ordinal)), "officials.csv");

        OrganisationImporter.Complete(first);
        OrganisationImporter.Complete(second);

        Assert.True(AccessCodeHasher.Verify("moi", officials.Find("xa")!.AccessCodeHash));
        Assert.True(AccessCodeHasher.Verify("cu", officials.Find("tinh")!.AccessCodeHash));
    }

    [Fact]
    public void Verify_PlaceholderLeftByAStoppedImport_IsRefusedUntilTheFileIsImportedAgain()
    {
        importer.Import(Csv(Officials), "officials.csv");
        officials.Save(officials.Find("xa")! with { AccessCodeHash = AccessCodeHasher.NewPending() });
        var verifier = new AccessCodeVerifier(hashing);

        var refused = verifier.Verify("cu", officials.Find("xa")!.AccessCodeHash);
        var report = importer.Import(Csv(Officials), "officials.csv");

        Assert.False(refused);
        Assert.Equal((0, 1, 1), (report.Added, report.Updated, report.Unchanged));
        Assert.True(verifier.Verify("cu", officials.Find("xa")!.AccessCodeHash));
    }

    [Fact]
    public void Import_ManyOfficials_StoresNoCodeInTheDataFileAndHashesEveryOne()
    {
        var rows = Enumerable.Range(0, 40).Select(i => $"xa{i},Cán bộ {i},,16672,reporter,ma{i}");

        importer.Import(Csv("account,full_name,title,unit,roles,access_code\n" + string.Join('\n', rows)), "officials.csv");

        var stored = officials.All();
        Assert.Equal(40, stored.Count);
        Assert.All(stored, official => Assert.True(AccessCodeHasher.Verify("ma" + official.Account[2..], official.AccessCodeHash), official.Account));
        Assert.DoesNotContain(stored, official => official.AccessCodeHash.Contains("ma" + official.Account[2..], StringComparison.Ordinal));
    }
}
