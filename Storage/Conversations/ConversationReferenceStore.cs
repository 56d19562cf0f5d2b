using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Conversations;

/// <summary>The conversation references in LiteDB.</summary>
public sealed class ConversationReferenceStore(SoKetBotDatabase database) : LiteDbStore<ConversationReference>(database, Collections.ConversationReferences, keepInMemory: 8192), IConversationReferenceStore
{
    public IReadOnlyList<ConversationReference> OfOfficial(string account) => Collection.Find(reference => reference.OfficialAccount == account).ToList();
}
