namespace SoKetBot.Storage.Plans;

/// <summary>How the bot addresses the officials who answer a plan: the plan file's <c>address</c>.</summary>
public enum FormOfAddress
{
    /// <summary>"đồng chí", the register of a public-security office; the default.</summary>
    Comrade,

    /// <summary>"anh/chị", for plans answered outside the police.</summary>
    BrotherOrSister,
}
