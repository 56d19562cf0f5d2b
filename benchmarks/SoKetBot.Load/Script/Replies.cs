using System.Text.Json;

namespace SoKetBot.Load.Script;

/// <summary>What a step got back: the texts of the bot's activities, and the data of a card's submit button if one came.</summary>
internal sealed record Replies(IReadOnlyList<string> Texts, string? SubmitData)
{
    public static readonly Replies None = new([], null);

    public int Count => Texts.Count;

    /// <summary>Reads the bot's activities out of an array of activities (expectReplies, a Direct Line frame).</summary>
    public static Replies Of(JsonElement activities, Func<JsonElement, bool>? include = null)
    {
        var texts = new List<string>();
        string? submit = null;
        foreach (var activity in activities.EnumerateArray())
        {
            if (include is not null && !include(activity))
            {
                continue;
            }

            texts.Add(activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "");
            if (activity.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
            {
                foreach (var attachment in attachments.EnumerateArray())
                {
                    if (attachment.TryGetProperty("content", out var card) && SubmitButton(card) is { } data)
                    {
                        submit = data;
                    }
                }
            }
        }

        return new Replies(texts, submit);
    }

    /// <summary>Why the replies do not fit <paramref name="step"/>, or null when they do.</summary>
    public string? Mismatch(ScriptStep step, bool loose)
    {
        if (Count == 0)
        {
            return "no reply";
        }

        if (loose)
        {
            return null;
        }

        if (step.Expect is { } expected && !Texts.Any(text => text.Contains(expected, StringComparison.Ordinal)))
        {
            return $"expected \"{expected}\", got \"{Shorten()}\"";
        }

        if (step.Reject is { } rejected && Texts.Any(text => text.Contains(rejected, StringComparison.Ordinal)))
        {
            return $"moved on to \"{rejected}\" after an invalid answer";
        }

        return step.ExpectSubmitCard && SubmitData is null ? $"expected the summary card with its submit button, got \"{Shorten()}\"" : null;
    }

    private string Shorten()
    {
        var all = string.Join(" | ", Texts).ReplaceLineEndings(" ");
        return all.Length <= 160 ? all : all[..160] + "…";
    }

    // The data of the card's submit button ({"action":"submit"}): an Action.Submit whose data names the submit action.
    private static string? SubmitButton(JsonElement card)
    {
        if (card.ValueKind != JsonValueKind.Object || !card.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var action in actions.EnumerateArray())
        {
            if (action.TryGetProperty("type", out var type) && type.ValueEquals("Action.Submit")
                && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("action", out var name) && name.ValueEquals("submit"))
            {
                return data.GetRawText();
            }
        }

        return null;
    }
}
