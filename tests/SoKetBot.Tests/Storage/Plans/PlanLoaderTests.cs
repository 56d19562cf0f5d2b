using SoKetBot.Storage.Plans;

namespace SoKetBot.Tests.Storage.Plans;

public sealed class PlanLoaderTests
{
    internal static string BotFolder { get; } = FindBotFolder();

    private static Plan LoadPlan248() => PlanLoader.LoadFile(Path.Combine(BotFolder, "plans", "ke-hoach-248.json"));

    [Fact]
    public void Plan248_Loads_WithTheSeedsSectionsInOrder()
    {
        var plan = LoadPlan248();

        Assert.Equal("kh-248-2020", plan.Id);
        Assert.Equal("248/KH-UBND", plan.Code);
        Assert.Equal(new DateOnly(2020, 5, 14), plan.Issued);
        Assert.Equal("Asia/Ho_Chi_Minh", plan.TimeZone);
        Assert.Equal(
            ["lanh-dao", "tham-muu", "phoi-hop", "tuyen-truyen", "ket-qua-phong-trao", "ngay-hoi", "danh-gia-chung", "kien-nghi", "phuong-huong", "khen-thuong"],
            plan.Sections.Select(section => section.Id));
    }

    [Fact]
    public void Plan248_Questions_AreEnoughAndMixFiguresWithProse()
    {
        var questions = LoadPlan248().Sections.SelectMany(section => section.Questions).ToList();

        Assert.True(questions.Count >= 25, $"{questions.Count} questions");
        Assert.True(questions.Count(q => q.Type == QuestionType.Number) >= 8);
        Assert.Contains(questions, q => q.Type == QuestionType.LongText);
        Assert.All(questions.Where(q => q.Type == QuestionType.Number), q => Assert.NotNull(q.Unit));
        var nominees = Assert.Single(questions, q => q.Type == QuestionType.Records);
        Assert.Equal(["loai", "ten", "don-vi", "thanh-tich", "hinh-thuc"], nominees.Fields!.Select(field => field.Id));
        var date = Assert.Single(questions, q => q.Id == "ld-ngay-so-ket");
        Assert.Equal(new DateOnly(2020, 5, 14), date.MinDate);
        Assert.Equal(new DateOnly(2020, 12, 31), date.MaxDate);
        Assert.Equal(100000, questions.Single(q => q.Id == "ld-van-ban-chi-dao").Max);
    }

    [Fact]
    public void Plan248_Deadlines_AreExactInstantsInHanoiAndBottomUp()
    {
        var plan = LoadPlan248();

        Assert.Equal(new DateTime(2020, 6, 18, 17, 0, 0, DateTimeKind.Utc), plan.FindLevel("commune")!.Deadline);
        Assert.Equal(new DateTime(2020, 7, 18, 17, 0, 0, DateTimeKind.Utc), plan.FindLevel("district")!.Deadline);
        Assert.Equal(plan.FindLevel("district")!.Deadline, plan.FindLevel("department")!.Deadline);
        Assert.Equal(new DateTime(2020, 8, 18, 17, 0, 0, DateTimeKind.Utc), plan.FindLevel("province")!.Deadline);
        Assert.Null(plan.FindLevel("province")!.ReportsTo);
        Assert.Equal("district", plan.FindLevel("commune")!.ReportsTo);
    }

    [Fact]
    public void TwoTierPlan_ProvinceAndCommune_Loads()
    {
        var plan = PlanLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "Storage", "Plans", "hai-cap.json"));

        Assert.Equal(["commune", "province"], plan.Levels.Select(level => level.Id));
        Assert.Equal("province", plan.FindLevel("commune")!.ReportsTo);
        Assert.NotEmpty(plan.SectionsFor("commune"));
    }

    private static string FindBotFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SoKetBot.sln")))
            {
                return Path.Combine(folder.FullName, "Bot");
            }
        }

        throw new InvalidOperationException("SoKetBot.sln not found above " + AppContext.BaseDirectory);
    }
}
