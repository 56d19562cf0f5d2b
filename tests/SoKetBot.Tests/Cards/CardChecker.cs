using System.Diagnostics;
using System.Text.Json;

namespace SoKetBot.Tests.Cards;

/// <summary>Runs tests/cardcheck/check.mjs (the real adaptivecards renderer under Node) on card JSON.</summary>
internal static class CardChecker
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly Lazy<string> CardCheckDirectory = new(FindCardCheckDirectory);

    /// <summary>Checks one card or a JSON array of cards, exactly as given.</summary>
    public static CardCheckResult Check(string json)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = CardCheckDirectory.Value,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("check.mjs");

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(json);
        node.StandardInput.Close();
        if (!node.WaitForExit(Timeout))
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"check.mjs did not finish within {Timeout}.");
        }

        return CardCheckResult.From(node.ExitCode, output.Result, error.Result);
    }

    // Walk up from the test assembly to the repository root (the folder with SoKetBot.sln).
    private static string FindCardCheckDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SoKetBot.sln")))
            {
                var cardCheck = Path.Combine(directory.FullName, "tests", "cardcheck");
                if (!Directory.Exists(Path.Combine(cardCheck, "node_modules")))
                {
                    throw new InvalidOperationException($"{cardCheck}/node_modules is missing: build the test project, or run 'npm ci' there.");
                }

                return cardCheck;
            }
        }

        throw new InvalidOperationException($"No SoKetBot.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>What check.mjs said: its exit code, and each card's errors and warnings.</summary>
internal sealed record CardCheckResult(int ExitCode, IReadOnlyList<CardReport> Cards, string Output, string Error)
{
    public bool Ok => ExitCode == 0;

    public IEnumerable<string> ErrorEvents => Cards.SelectMany(card => card.Errors).Select(problem => problem.Event);

    public static CardCheckResult From(int exitCode, string output, string error)
    {
        if (exitCode is not (0 or 1))
        {
            return new CardCheckResult(exitCode, [], output, error);
        }

        using var report = JsonDocument.Parse(output);
        var cards = report.RootElement.GetProperty("cards").EnumerateArray().Select(CardReport.From).ToList();
        return new CardCheckResult(exitCode, cards, output, error);
    }

    public string Describe() => Cards.Count == 0
        ? $"check.mjs exited with {ExitCode}: {Output}{Error}"
        : string.Join(Environment.NewLine, Cards.SelectMany(card => card.Errors.Select(problem => $"card {card.Index}: {problem}")));
}

/// <summary>One card's errors and warnings from check.mjs.</summary>
internal sealed record CardReport(int Index, IReadOnlyList<CardProblem> Errors, IReadOnlyList<CardProblem> Warnings)
{
    public static CardReport From(JsonElement card) => new(
        card.GetProperty("index").GetInt32(),
        card.GetProperty("errors").EnumerateArray().Select(CardProblem.From).ToList(),
        card.GetProperty("warnings").EnumerateArray().Select(CardProblem.From).ToList());
}

/// <summary>One error or warning: the library's event name (or check.mjs's own) and its message.</summary>
internal sealed record CardProblem(string Event, string Message)
{
    public static CardProblem From(JsonElement problem) =>
        new(problem.GetProperty("event").GetString()!, problem.GetProperty("message").GetString()!);

    public override string ToString() => $"{Event}: {Message}";
}
