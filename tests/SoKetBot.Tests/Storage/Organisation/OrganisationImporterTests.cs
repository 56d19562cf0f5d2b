using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Organisation.Import;

namespace SoKetBot.Tests.Storage.Organisation;

public sealed class OrganisationImporterTests : IDisposable
{
    private const string Units = """
        code,name,kind,level,parent
        40,Tỉnh Nghệ An,tinh,province,
        412,Thành phố Vinh,thanh-pho,district,40
        16672,Phường Hưng Bình,phuong,commune,412
        40-SGDDT,Sở Giáo dục và Đào tạo,so,department,40
        """;

    private const string Officials = """
        account,full_name,title,unit,roles,access_code
        xa,Trần Văn Thắng,Phó Trưởng Công an phường,16672,reporter,demo
        tinh,Lê Xuân Hùng,,40,approver;admin,demo
        """;

    private readonly SoKetBotDatabase database = new(":memory:");

    public OrganisationImporterTests()
    {
        UnitStore = new UnitStore(database);
        OfficialStore = new OfficialStore(database);
        Hashing = new AccessCodeHashing(OfficialStore, database, NullLogger<AccessCodeHashing>.Instance);
    }

    private UnitStore UnitStore { get; }

    private OfficialStore OfficialStore { get; }

    private AccessCodeHashing Hashing { get; }

    public void Dispose()
    {
        Hashing.Dispose();
        database.Dispose();
    }

    private OrganisationImporter CreateSut() => new(UnitStore, OfficialStore, database, Hashing);

    private static MemoryStream Csv(string text, bool bom = false) =>
        new([.. (bom ? Encoding.UTF8.Preamble.ToArray() : []), .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n") + "\n")]);

    private ImportReport Import(string text, bool bom = false) => CreateSut().Import(Csv(text, bom), "test.csv");

    [Fact]
    public void Import_GoodUnitsAndOfficials_AddsThemAll()
    {
        var units = Import(Units);
        var officials = Import(Officials);

        Assert.Equal((ImportFileKind.Units, 4, 0, 0), (units.Kind, units.Added, units.Updated, units.Unchanged));
        Assert.Equal((ImportFileKind.Officials, 2, 0, 0), (officials.Kind, officials.Added, officials.Updated, officials.Unchanged));
        Assert.Equal(new Unit { Code = "16672", Name = "Phường Hưng Bình", Kind = UnitKind.Ward, Level = "commune", ParentCode = "412" }, UnitStore.Find("16672"));
        Assert.Null(UnitStore.Find("40")!.ParentCode);
        var tinh = OfficialStore.Find("tinh")!;
        Assert.Equal(OfficialRoles.Approver | OfficialRoles.Administrator, tinh.Roles);
        Assert.Null(tinh.Title);
        Assert.True(AccessCodeHasher.Verify("demo", tinh.AccessCodeHash));
        Assert.Equal("test.csv: 2 officials: 2 added, 0 updated, 0 unchanged.", officials.ToString());
    }

    [Fact]
    public void Import_SameFilesTwice_ChangesNothingAndKeepsTheHashes()
    {
        Import(Units);
        Import(Officials);
        var hashes = OfficialStore.All().ToDictionary(o => o.Account, o => o.AccessCodeHash);

        var units = Import(Units);
        var officials = Import(Officials);

        Assert.Equal((0, 0, 4), (units.Added, units.Updated, units.Unchanged));
        Assert.Equal((0, 0, 2), (officials.Added, officials.Updated, officials.Unchanged));
        Assert.Equal(hashes, OfficialStore.All().ToDictionary(o => o.Account, o => o.AccessCodeHash));
    }

    [Fact]
    public void Import_ChangedRows_UpdateOnlyThem()
    {
        Import(Units);
        Import(Officials);
        var tinhHash = OfficialStore.Find("tinh")!.AccessCodeHash;

        var units = Import(Units.Replace("Thành phố Vinh", "TP Vinh", StringComparison.Ordinal));
        var officials = Import(Officials.Replace("reporter,demo", "reporter,moi", StringComparison.Ordinal).Replace(",,40,", ",Giám đốc,40,", StringComparison.Ordinal));

        Assert.Equal((0, 1, 3), (units.Added, units.Updated, units.Unchanged));
        Assert.Equal("TP Vinh", UnitStore.Find("412")!.Name);
        Assert.Equal((0, 2, 0), (officials.Added, officials.Updated, officials.Unchanged));
        Assert.True(AccessCodeHasher.Verify("moi", OfficialStore.Find("xa")!.AccessCodeHash));
        Assert.Equal("Giám đốc", OfficialStore.Find("tinh")!.Title);
        Assert.Equal(tinhHash, OfficialStore.Find("tinh")!.AccessCodeHash);
    }

    [Fact]
    public void Import_BadUnitRows_ReportsEveryLineAndImportsNothing()
    {
        var report = Import("""
            code,name,kind,level,parent
            40,Tỉnh Nghệ An,tinh,province,
            412,Thành phố Vinh,thanh-pho,district,40
            412,Trùng mã,huyen,district,40
            500,Huyện lạ,quan,district,98
            501,Huyện mồ côi,huyen,district,99
            502,,huyen,tinh,40
            A,Vòng A,xa,commune,B
            B,Vòng B,xa,commune,A
            """);

        Assert.False(report.Succeeded);
        Assert.Empty(UnitStore.All());
        Assert.Contains(report.Errors, e => e.Line == 4 && e.Reason.Contains("already on line 3", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 5 && e.Reason.Contains("unknown kind 'quan'", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 5 && e.Reason.Contains("parent '98'", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 6 && e.Reason.Contains("parent '99'", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 7 && e.Reason == "name is empty.");
        Assert.Contains(report.Errors, e => e.Line == 7 && e.Reason.Contains("unknown level 'tinh'", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 8 && e.Reason.Contains("parent cycle A → B → A", StringComparison.Ordinal));
        Assert.Contains("line 5: unknown kind 'quan'", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing imported", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadOfficialRows_ReportsEveryLineAndImportsNothing()
    {
        Import(Units);

        var report = Import("""
            account,full_name,title,unit,roles,access_code
            xa,Trần Văn Thắng,,16672,reporter,demo
            xa,Trùng tài khoản,,16672,reporter,demo
            huyen,Nguyễn Đình Hải,,999,reporter,demo
            so,Phạm Thị Hương,,40-SGDDT,reporter;boss,demo
            tinh,Lê Xuân Hùng,,40,admin,
            """);

        Assert.Empty(OfficialStore.All());
        Assert.Equal([3, 4, 5, 6], report.Errors.Select(e => e.Line));
        Assert.Contains("already on line 2", report.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("the unit '999' is not among the units", report.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown role 'boss'", report.Errors[2].Reason, StringComparison.Ordinal);
        Assert.Contains("access_code is empty", report.Errors[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WithBom_ReadsTheHeader()
    {
        var report = Import(Units, bom: true);

        Assert.True(report.Succeeded, report.ToString());
        Assert.Equal(4, report.Added);
        Assert.Equal("Tỉnh Nghệ An", UnitStore.Find("40")!.Name);
    }

    [Fact]
    public void Import_DecomposedVietnamese_IsStoredAsNfc()
    {
        Import(Units.Replace("Tỉnh Nghệ An", "Tỉnh Nghệ An".Normalize(NormalizationForm.FormD), StringComparison.Ordinal));

        Assert.Equal("Tỉnh Nghệ An".Normalize(NormalizationForm.FormC), UnitStore.Find("40")!.Name);
    }

    [Fact]
    public void Import_UnknownHeader_NamesBothHeaders()
    {
        var report = Import("ma,ten\n1,x");

        Assert.Equal(ImportFileKind.Unknown, report.Kind);
        var error = Assert.Single(report.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("code,name,kind,level,parent", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingColumnAndWrongFieldCount_AreReported()
    {
        Assert.Contains("the column 'parent' is missing", Assert.Single(Import("code,name,kind,level\n40,Tỉnh,tinh,province").Errors).Reason, StringComparison.Ordinal);

        var report = Import(Units + "\n413,Cửa Lò,thi-xa,district");

        Assert.Equal(6, Assert.Single(report.Errors).Line);
        Assert.Empty(UnitStore.All());
    }

    [Fact]
    public void Import_QuotedFieldWithComma_Reads()
    {
        var report = Import("code,name,kind,level,parent\n40,\"Tỉnh Nghệ An, Việt Nam\",tinh,province,");

        Assert.True(report.Succeeded, report.ToString());
        Assert.Equal("Tỉnh Nghệ An, Việt Nam", UnitStore.Find("40")!.Name);
    }
}
