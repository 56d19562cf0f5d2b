using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;

namespace SoKetBot.Dialogs.Engine;

/// <summary>The single door of input into a turn: what is too large is refused, and the rest is cleaned (<see cref="InputText"/>).</summary>
internal static class TurnInputs
{
    /// <summary>The reply refusing an input over <see cref="InputLimits"/>, or null when it fits.</summary>
    public static Reply? Refusal(TurnInput input)
    {
        if (input.Text is { Length: > InputLimits.TextChars })
        {
            return new Reply { Text = VietnameseFormat.Format(BotText.Error_MessageTooLong, VietnameseFormat.Number(InputLimits.TextChars)) };
        }

        if (input.Value is { } value
            && (value.Count > InputLimits.CardFields || value.Sum(field => (long)field.Key.Length + field.Value.Length) > InputLimits.CardChars))
        {
            return new Reply { Text = BotText.Card_TooLarge };
        }

        return null;
    }

    /// <summary>The input with its text, name and card data cleaned; ids are the channel's and stay as they are.</summary>
    public static TurnInput Clean(TurnInput input) => input with
    {
        Text = input.Text is null ? null : InputText.Clean(input.Text),
        UserName = input.UserName is null ? null : Shorten(InputText.Clean(input.UserName)),
        Value = input.Value is null ? null : Clean(input.Value),
    };

    // Two names may clean to the same one ("action" and "act\u200Bion"): the last wins, as in JSON.
    private static Dictionary<string, string> Clean(IReadOnlyDictionary<string, string> value)
    {
        var cleaned = new Dictionary<string, string>(value.Count, StringComparer.Ordinal);
        foreach (var (name, text) in value)
        {
            cleaned[InputText.Clean(name)] = InputText.Clean(text);
        }

        return cleaned;
    }

    // Never between the two halves of a surrogate pair.
    private static string Shorten(string name) => name.Length <= InputLimits.UserNameChars
        ? name
        : name[..(char.IsHighSurrogate(name[InputLimits.UserNameChars - 1]) ? InputLimits.UserNameChars - 1 : InputLimits.UserNameChars)].TrimEnd();
}
