using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Plans;

namespace SoKetBot.Dialogs.Formatting;

/// <summary>
/// How the texts address the official: the plan's <c>address</c>, "đồng chí" unless the plan says "anh/chị". A template
/// marks the place with <c>{address}</c>, or <c>{Address}</c> where a sentence starts; they are filled here, in the
/// template and before its <c>{0}</c>, <c>{1}</c> are, so that what those carry (answers, names) is never touched.
/// </summary>
internal static class Address
{
    public const string Placeholder = "{address}";
    public const string SentenceStart = "{Address}";

    /// <summary>The word mid-sentence: "đồng chí" or "anh/chị".</summary>
    public static string Word(FormOfAddress address) => address switch
    {
        FormOfAddress.BrotherOrSister => BotText.Address_BrotherOrSister,
        _ => BotText.Address_Comrade,
    };

    /// <summary>The template with its form of address written in; a template without one is returned as it is.</summary>
    public static string Fill(string template, FormOfAddress address)
    {
        ArgumentNullException.ThrowIfNull(template);
        var word = Word(address);
        return template
            .Replace(SentenceStart, VietnameseFormat.Capitalised(word), StringComparison.Ordinal)
            .Replace(Placeholder, word, StringComparison.Ordinal);
    }

    /// <summary><see cref="Fill"/>, then <see cref="VietnameseFormat.Format"/>.</summary>
    public static string Format(FormOfAddress address, string template, params object[] arguments) =>
        VietnameseFormat.Format(Fill(template, address), arguments);
}
