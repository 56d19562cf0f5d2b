namespace SoKetBot.Tests.Dialogs;

/// <summary>Finds the repository's folders from the test binaries, by walking up to SoKetBot.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Bot => System.IO.Path.Combine(Path, "Bot");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "SoKetBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SoKetBot.sln not found above " + AppContext.BaseDirectory);
    }
}
