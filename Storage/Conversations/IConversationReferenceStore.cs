using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Conversations;

/// <summary>The conversation references kept.</summary>
public interface IConversationReferenceStore : IStore<ConversationReference>
{
    IReadOnlyList<ConversationReference> OfOfficial(string account);
}
