using LiteDB;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Settings;

namespace SoKetBot.Tests.Storage.Database;

public sealed class DurabilityTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-durability-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string DataFile => Path.Combine(folder, "soketbot.db");

    [Theory]
    [InlineData(Durability.Flush, 3)]
    [InlineData(Durability.Process, 0)]
    public void Run_ThreeCommits_LogFlushedToTheDiskOncePerCommitInFlushModeOnly(Durability durability, int syncs)
    {
        using var database = new SoKetBotDatabase(DataFile, durability);
        var settings = new SettingStore(database);
        var before = database.LogSyncs;

        for (var i = 0; i < 3; i++)
        {
            database.Run(() => settings.Save(new Setting { Id = $"k{i}", Value = $"v{i}" }));
        }

        Assert.Equal(syncs, database.LogSyncs - before);
        Assert.True(new FileInfo(LogFile.PathOf(DataFile)).Length > 0);
    }

    [Fact]
    public void Run_RolledBack_NoFlush()
    {
        using var database = new SoKetBotDatabase(DataFile, Durability.Flush);
        var before = database.LogSyncs;

        Assert.Throws<InvalidOperationException>(() => database.Run(() =>
        {
            new SettingStore(database).Save(new Setting { Id = "k", Value = "v" });
            throw new InvalidOperationException("the turn failed");
        }));

        Assert.Equal(before, database.LogSyncs);
    }

    // What a process that dies right after Run returns leaves on disk: the files as they are, never closed or checkpointed.
    [Theory]
    [InlineData(Durability.Flush)]
    [InlineData(Durability.Process)]
    public void Run_Returned_CommitIsInTheFilesBeforeAnyCheckpointOrDispose(Durability durability)
    {
        using var database = new SoKetBotDatabase(DataFile, durability);
        database.Run(() => new SettingStore(database).Save(new Setting { Id = "answer", Value = "42" }));

        var copy = Path.Combine(folder, "copy.db");
        File.Copy(DataFile, copy);
        File.Copy(LogFile.PathOf(DataFile), LogFile.PathOf(copy));

        using var opened = new LiteDatabase(copy);
        Assert.Equal("42", opened.GetCollection("settings").FindById("answer")["Value"].AsString);
    }

    [Fact]
    public void Dispose_LogCheckpointed_LogFileRemovedAndDataKept()
    {
        using (var database = new SoKetBotDatabase(DataFile, Durability.Flush))
        {
            database.Run(() => new SettingStore(database).Save(new Setting { Id = "answer", Value = "42" }));
        }

        Assert.False(File.Exists(LogFile.PathOf(DataFile)));
        using var reopened = new SoKetBotDatabase(DataFile, Durability.Process);
        Assert.Equal("42", new SettingStore(reopened).Find("answer")!.Value);
    }
}
