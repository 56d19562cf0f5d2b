using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Conversations;

/// <summary>The conversation states kept.</summary>
public interface IConversationStateStore : IStore<ConversationState>
{
}
