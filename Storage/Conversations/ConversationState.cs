using LiteDB;

namespace SoKetBot.Storage.Conversations;

/// <summary>Where one conversation stands; saved in the same transaction as the answer of its turn.</summary>
public sealed record ConversationState
{
    /// <summary><see cref="KeyOf"/> the channel and the conversation.</summary>
    [BsonId]
    public required string Id { get; init; }

    public DialogMode Mode { get; init; } = DialogMode.Idle;

    /// <summary>The account name typed while linking, waiting for its code.</summary>
    public string? PendingAccount { get; init; }

    /// <summary>The question being asked, when <see cref="Mode"/> is <see cref="DialogMode.Answering"/>.</summary>
    public string? QuestionId { get; init; }

    /// <summary>After answering, go back to the summary instead of the next question ("sửa").</summary>
    public bool ReturnToSummary { get; init; }

    /// <summary>The section listed by "sửa", so that a lone number next means one of its questions.</summary>
    public int? EditSection { get; init; }

    /// <summary>The record being filled in for a records question, field by field.</summary>
    public Dictionary<string, string>? RecordDraft { get; init; }

    /// <summary>The index of the record field being asked; -1 when asking "thêm" or "xong".</summary>
    public int RecordField { get; init; } = -1;

    public DateTime UpdatedAt { get; init; }

    public static string KeyOf(string channelId, string conversationId) => $"{channelId}|{conversationId}";
}
