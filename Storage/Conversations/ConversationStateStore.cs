using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Conversations;

/// <summary>The conversation states in LiteDB.</summary>
public sealed class ConversationStateStore(SoKetBotDatabase database) : LiteDbStore<ConversationState>(database, Collections.ConversationStates, keepInMemory: 8192), IConversationStateStore
{
}
