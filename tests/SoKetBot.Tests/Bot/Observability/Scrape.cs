using System.Globalization;

namespace SoKetBot.Tests.Bot.Observability;

/// <summary>Reads a Prometheus text exposition, as a scraper would.</summary>
internal static class Scrape
{
    /// <summary>The value of the sample <paramref name="name"/> whose labels include all of <paramref name="labels"/>, or null.</summary>
    public static double? Value(string exposition, string name, params string[] labels)
    {
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith('#') || !(line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal)))
            {
                continue;
            }

            var end = line.IndexOf('}', StringComparison.Ordinal);
            var labelText = end < 0 ? string.Empty : line[..end];
            if (labels.All(label => labelText.Contains(label, StringComparison.Ordinal)))
            {
                var value = line[((end < 0 ? name.Length : end) + 1)..].Trim().Split(' ')[0];
                return double.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
