using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Storage.Plans;

public sealed class PlanAddressTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-address-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string? address)
    {
        var plan = PlanValidationTests.ValidPlan();
        if (address is not null)
        {
            plan["address"] = address;
        }

        var file = Path.Combine(folder, "plan.json");
        File.WriteAllText(file, plan.ToJsonString());
        return file;
    }

    [Theory]
    [InlineData(null, FormOfAddress.Comrade)]
    [InlineData("đồng chí", FormOfAddress.Comrade)]
    [InlineData("anh/chị", FormOfAddress.BrotherOrSister)]
    [InlineData(" Anh/Chị ", FormOfAddress.BrotherOrSister)]
    public void PlanLoader_Address_IsRead(string? written, FormOfAddress expected) =>
        Assert.Equal(expected, PlanLoader.LoadFile(Write(written)).Address);

    [Fact]
    public void PlanLoader_AddressWrittenInNfd_IsRead() =>
        Assert.Equal(FormOfAddress.BrotherOrSister, PlanLoader.LoadFile(Write("anh/chị".Normalize(System.Text.NormalizationForm.FormD))).Address);

    [Theory]
    [InlineData("ông/bà")]
    [InlineData("dong chi")]
    [InlineData("")]
    public void PlanLoader_UnknownAddress_NamesTheTwoItKnows(string written)
    {
        var exception = Assert.Throws<PlanValidationException>(() => PlanLoader.LoadFile(Write(written)));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("address", problem.Place);
        Assert.Contains("\"đồng chí\"", problem.Fix, StringComparison.Ordinal);
        Assert.Contains("\"anh/chị\"", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan248_IsAddressedAsDongChi() =>
        Assert.Equal(FormOfAddress.Comrade, PlanLoader.LoadFile(Path.Combine(global::SoKetBot.Tests.Dialogs.RepositoryRoot.Bot, "plans", "ke-hoach-248.json")).Address);
}
