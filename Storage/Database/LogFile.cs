namespace SoKetBot.Storage.Database;

/// <summary>
/// LiteDB's write-ahead log ("name-log.db" beside "name.db"), opened by us and handed to the engine as its log stream,
/// so that a commit can be flushed to the disk: LiteDB 5.0.21 writes a commit's pages to the log stream one by one
/// (DiskService.WriteLogDisk) and never flushes it; only a checkpoint flushes, and only the data file.
/// </summary>
internal sealed class LogFile : IDisposable
{
    private readonly FileStream stream;
    private int syncs;

    public LogFile(string dataFile)
    {
        Path = PathOf(dataFile);

        // Unbuffered: every page LiteDB writes goes to the OS at once, as LiteDB's own log stream does (its buffer is one page).
        stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
    }

    /// <summary>The log file's full path.</summary>
    public string Path { get; }

    /// <summary>The stream LiteDB reads and writes the log through.</summary>
    public Stream Stream => stream;

    /// <summary>How many times the log was flushed to the disk.</summary>
    public int Syncs => Volatile.Read(ref syncs);

    /// <summary>The log file of <paramref name="dataFile"/>, named as LiteDB names it ("soketbot.db" → "soketbot-log.db").</summary>
    public static string PathOf(string dataFile) => System.IO.Path.Combine(
        System.IO.Path.GetDirectoryName(dataFile)!, System.IO.Path.GetFileNameWithoutExtension(dataFile) + "-log" + System.IO.Path.GetExtension(dataFile));

    /// <summary>Flushes what was written to the log to the disk (fsync), so that it survives power loss.</summary>
    public void Sync()
    {
        // LiteDB locks the stream around each write; a write outside a transaction of ours may run beside this.
        lock (stream)
        {
            stream.Flush(flushToDisk: true);
        }

        Interlocked.Increment(ref syncs);
    }

    /// <summary>Closes the log; removes the file when the engine left it empty (checkpointed), as LiteDB does with its own.</summary>
    public void Dispose()
    {
        var empty = stream.Length == 0;
        stream.Dispose();
        if (empty)
        {
            File.Delete(Path);
        }
    }
}
