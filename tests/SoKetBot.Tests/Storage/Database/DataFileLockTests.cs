using SoKetBot.Storage.Database;

namespace SoKetBot.Tests.Storage.Database;

public sealed class DataFileLockTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-lock-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string DataFile => Path.Combine(folder, "soketbot.db");

    [Fact]
    public void SoKetBotDatabase_FileAlreadyOpen_RefusedNamingTheHolderAndTheFile()
    {
        using var first = new SoKetBotDatabase(DataFile);

        var refused = Assert.Throws<DataFileInUseException>(() => new SoKetBotDatabase(DataFile));

        Assert.Equal(Environment.ProcessId, refused.Holder?.ProcessId);
        Assert.Contains($"process {Environment.ProcessId} (", refused.Message, StringComparison.Ordinal);
        Assert.Contains(DataFile, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public void SoKetBotDatabase_FirstDisposed_NextOpens()
    {
        new SoKetBotDatabase(DataFile).Dispose();

        using var second = new SoKetBotDatabase(DataFile);

        Assert.Equal(DataFile, second.DataFile);
        Assert.Throws<DataFileInUseException>(() => new SoKetBotDatabase(DataFile));
    }

    [Fact]
    public void SoKetBotDatabase_OpenFails_LockReleased()
    {
        using (var newer = new SoKetBotDatabase(DataFile))
        {
            newer.Database.UserVersion = SoKetBotDatabase.SchemaVersion + 1;
        }

        Assert.Throws<InvalidOperationException>(() => new SoKetBotDatabase(DataFile));

        using var stream = new FileStream(DataFile + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.True(stream.CanWrite);
    }

    [Fact]
    public void SoKetBotDatabase_Memory_TakesNoLock()
    {
        using var first = new SoKetBotDatabase(":memory:");
        using var second = new SoKetBotDatabase(":memory:");

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void LockHolder_FormatThenParse_SameHolder()
    {
        var holder = new LockHolder(4242, "dotnet SoKetBot.Bot", new DateTime(2026, 12, 4, 19, 30, 5, DateTimeKind.Utc));

        Assert.Equal(holder, LockHolder.Parse(holder.Format()));
        Assert.Null(LockHolder.Parse("pid=12\n"));
    }
}
