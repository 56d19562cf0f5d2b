namespace SoKetBot.Bot.Hosting;

/// <summary>Reads a command's own switches: <c>--name value</c> or <c>--name=value</c>.</summary>
internal static class CommandArguments
{
    public static string? Value(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith(name + "=", StringComparison.OrdinalIgnoreCase))
            {
                return args[i][(name.Length + 1)..];
            }

            if (string.Equals(args[i], name, StringComparison.OrdinalIgnoreCase) && i + 1 < args.Length)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    /// <summary>The operands: what is neither a switch nor a switch's value (of the switches named).</summary>
    public static List<string> Operands(string[] args, params string[] switchesWithValues)
    {
        var operands = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (switchesWithValues.Any(name => string.Equals(args[i], name, StringComparison.OrdinalIgnoreCase)))
            {
                i++;
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                operands.Add(args[i]);
            }
        }

        return operands;
    }
}
