namespace SoKetBot.Tests.Bot.WebChat;

/// <summary>
/// Chromium is not installed where the browser tests look for it. xunit fails every test of the collection with
/// the fixture's exception, so this one says what to do in one line and carries no stack trace: eight copies of
/// the same trace would only bury the line.
/// </summary>
public sealed class ChromiumMissingException(string executablePath) : Exception(
    $"Chromium is missing at {executablePath}: run tests/install-prerequisites (dotnet test runs it when it can) or apt-get install chromium" +
    (executablePath == ChromiumFixture.DefaultExecutablePath ? "" : $" (or unset {ChromiumFixture.ExecutablePathVariable})"))
{
    public override string? StackTrace => null;
}
