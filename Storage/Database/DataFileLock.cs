using System.Runtime.InteropServices;
using System.Text;

namespace SoKetBot.Storage.Database;

/// <summary>
/// The exclusive lock on "&lt;data file&gt;.lock" that makes one process the only writer of a data file. FileShare.None
/// is an flock(LOCK_EX) on Linux: the kernel releases it when the holder closes it or dies, even by SIGKILL, so a stale
/// lock file (it stays on disk) never blocks the next start. The holder writes who it is into the file.
/// </summary>
internal sealed class DataFileLock : IDisposable
{
    private readonly FileStream stream;

    private DataFileLock(FileStream stream) => this.stream = stream;

    /// <summary>The lock file of <paramref name="dataFile"/>.</summary>
    public static string PathOf(string dataFile) => dataFile + ".lock";

    /// <summary>Takes the lock of <paramref name="dataFile"/> at once, or throws.</summary>
    /// <exception cref="DataFileInUseException">Another process (or another database of this one) holds it.</exception>
    public static DataFileLock Take(string dataFile)
    {
        var path = PathOf(dataFile);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        }
        catch (IOException refused) when (IsSharingViolation(refused))
        {
            throw new DataFileInUseException(dataFile, ReadHolder(path), refused);
        }

        try
        {
            stream.SetLength(0);
            stream.Write(Encoding.UTF8.GetBytes(LockHolder.Current().Format()));
            stream.Flush();
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return new DataFileLock(stream);
    }

    public void Dispose() => stream.Dispose();

    // What FileStream throws when the file is locked: errno EWOULDBLOCK (11 on Linux, 35 on macOS), or ERROR_SHARING_VIOLATION (Windows).
    private static bool IsSharingViolation(IOException exception) =>
        exception.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    // A FileStream takes a shared flock even to read, which the holder's exclusive one refuses; a plain read(2) does not lock.
    private static LockHolder? ReadHolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var descriptor = Native.open(Encoding.UTF8.GetBytes(path + '\0'), 0);
        if (descriptor < 0)
        {
            return null;
        }

        try
        {
            var buffer = new byte[1024];
            var read = Native.read(descriptor, buffer, buffer.Length);
            return read > 0 ? LockHolder.Parse(Encoding.UTF8.GetString(buffer, 0, (int)read)) : null;
        }
        finally
        {
            _ = Native.close(descriptor);
        }
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int open(byte[] path, int flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern nint read(int descriptor, byte[] buffer, nint count);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int close(int descriptor);
    }
}
