namespace SoKetBot.Storage.Database;

public sealed partial class SoKetBotDatabase
{
    /// <summary>
    /// Writes a consistent copy of the data file to <paramref name="target"/> (a new file, renamed into place), while the
    /// database stays open: every transaction of <see cref="Run"/> committed before the call is in it. Turns wait meanwhile.
    /// </summary>
    /// <returns>The copy's size in bytes.</returns>
    public long Backup(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (DataFile == ":memory:")
        {
            throw new InvalidOperationException("An in-memory database has no file to back up.");
        }

        if (WriteLockHeld)
        {
            throw new InvalidOperationException("A backup cannot run inside a transaction.");
        }

        target = Path.GetFullPath(target);
        if (string.Equals(target, DataFile, StringComparison.Ordinal) || string.Equals(target, LogFile.PathOf(DataFile), StringComparison.Ordinal))
        {
            throw new ArgumentException("The backup must not overwrite the data file or its log.", nameof(target));
        }

        lock (writer)
        {
            // Everything committed moves from the log into the data file; then an open transaction of this thread keeps any
            // other checkpoint (LiteDB's own, after a commit made outside Run) from writing the data file while it is copied.
            Database.Checkpoint();
            Database.BeginTrans();
            try
            {
                return CopyDataFile(target);
            }
            finally
            {
                Database.Rollback();
            }
        }
    }

    private long CopyDataFile(string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            long length;
            using (var source = new FileStream(DataFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            using (var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                source.CopyTo(copy);
                copy.Flush(flushToDisk: true);
                length = copy.Length;
            }

            // A log beside the target belongs to the file being replaced; LiteDB would replay it into the copy.
            File.Delete(LogFile.PathOf(target));
            File.Move(temporary, target, overwrite: true);
            return length;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
