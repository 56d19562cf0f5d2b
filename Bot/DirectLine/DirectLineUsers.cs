using SoKetBot.Storage.DirectLine;

namespace SoKetBot.Bot.DirectLine;

/// <summary>The Direct Line user ids of officials: the page binds its tokens to them, and nobody else may use them.</summary>
internal static class DirectLineUsers
{
    /// <summary>The user id of an official's Web Chat, for example <c>dl_xa</c> (Azure's prefix for ids carried in tokens).</summary>
    public static string IdOf(string officialAccount) => EmbeddedDirectLine.OfficialUserPrefix + officialAccount;
}
