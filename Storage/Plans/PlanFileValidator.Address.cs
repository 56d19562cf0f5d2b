using System.Text;

namespace SoKetBot.Storage.Plans;

internal sealed partial class PlanFileValidator
{
    // The words as the plan file writes them (its syntax, like its keys); what the bot says comes from BotText.
    private static readonly Dictionary<string, FormOfAddress> Addresses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["đồng chí"] = FormOfAddress.Comrade,
        ["anh/chị"] = FormOfAddress.BrotherOrSister,
    };

    private FormOfAddress Address(string? text)
    {
        if (text is null)
        {
            return FormOfAddress.Comrade;
        }

        if (Addresses.TryGetValue(text.Trim().Normalize(NormalizationForm.FormC), out var address))
        {
            return address;
        }

        Add("address", $"'{text}' is not a form of address the bot knows.", "Write \"address\": \"đồng chí\" (the default, when the key is left out) or \"anh/chị\".");
        return FormOfAddress.Comrade;
    }
}
