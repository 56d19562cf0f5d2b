using LiteDB;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Settings;

namespace SoKetBot.Tests.Storage.Database;

public sealed class BackupTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-backup-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Backup_WhileOpen_CopyHoldsEveryCommitAndOpensAlone()
    {
        using var database = new SoKetBotDatabase(Path.Combine(folder, "soketbot.db"));
        var settings = new SettingStore(database);
        database.Run(() => settings.Save(new Setting { Id = "before", Value = "1" }));
        var target = Path.Combine(folder, "backups", "copy.db");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(LogFile.PathOf(target), "the log of an older file at the target");

        var bytes = database.Backup(target);
        database.Run(() => settings.Save(new Setting { Id = "after", Value = "2" }));

        Assert.Equal(new FileInfo(target).Length, bytes);
        Assert.False(File.Exists(LogFile.PathOf(target)));
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "backups")));
        using var copy = new LiteDatabase(new ConnectionString { Filename = target, ReadOnly = true });
        var kept = copy.GetCollection(Collections.Settings);
        Assert.Equal("1", kept.FindById("before")["Value"].AsString);
        Assert.Null(kept.FindById("after"));
    }

    [Fact]
    public void Backup_OntoTheDataFile_Refused()
    {
        var dataFile = Path.Combine(folder, "soketbot.db");
        using var database = new SoKetBotDatabase(dataFile);

        Assert.Throws<ArgumentException>(() => database.Backup(dataFile));
        Assert.Throws<InvalidOperationException>(() => database.Run(() => database.Backup(Path.Combine(folder, "x.db"))));
    }
}
