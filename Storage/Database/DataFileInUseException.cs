namespace SoKetBot.Storage.Database;

/// <summary>Another process holds the data file's lock: it writes the file, so this one must not open it.</summary>
public sealed class DataFileInUseException : IOException
{
    public DataFileInUseException(string dataFile, LockHolder? holder, Exception? inner = null)
        : base(MessageFor(dataFile, holder), inner)
    {
        DataFile = dataFile;
        Holder = holder;
    }

    /// <summary>The data file's full path.</summary>
    public string DataFile { get; }

    /// <summary>The process that holds the lock, or null when its lock file could not be read.</summary>
    public LockHolder? Holder { get; }

    private static string MessageFor(string dataFile, LockHolder? holder) =>
        $"The data file {dataFile} is in use by {holder?.ToString() ?? "another process"}: only one process may open it. "
        + "Stop that process first (a backup of a running bot: dotnet run --project Bot -- backup <file>).";
}
