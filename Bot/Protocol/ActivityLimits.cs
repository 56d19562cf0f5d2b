using System.Text;

namespace SoKetBot.Bot.Protocol;

/// <summary>
/// The longest ids an activity may carry. Keys such as <c>channel|conversation</c> must stay well under LiteDB's
/// 1,023-byte id limit, so ids are measured in UTF-8 bytes; an activity over a limit is refused with 400.
/// </summary>
internal static class ActivityLimits
{
    public const int ChannelIdBytes = 64;
    public const int ConversationIdBytes = 512;
    public const int UserIdBytes = 256;
    public const int ActivityIdBytes = 512;
    public const int ServiceUrlChars = 2048;

    /// <summary>Why the activity's ids are over their limits (English, for problem details), or null when they fit.</summary>
    public static string? Check(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Over("channelId", activity.ChannelId, ChannelIdBytes)
            ?? Over("conversation.id", activity.Conversation?.Id, ConversationIdBytes)
            ?? Over("from.id", activity.From?.Id, UserIdBytes)
            ?? Over("recipient.id", activity.Recipient?.Id, UserIdBytes)
            ?? Over("id", activity.Id, ActivityIdBytes)
            ?? Over("replyToId", activity.ReplyToId, ActivityIdBytes)
            ?? Members("membersAdded", activity.MembersAdded)
            ?? Members("membersRemoved", activity.MembersRemoved)
            ?? (activity.ServiceUrl is { Length: > ServiceUrlChars }
                ? $"'serviceUrl' is longer than {ServiceUrlChars} characters."
                : null);
    }

    private static string? Members(string field, List<ChannelAccount>? members) =>
        members?.Select((member, index) => Over($"{field}[{index}].id", member.Id, UserIdBytes)).FirstOrDefault(problem => problem is not null);

    private static string? Over(string field, string? value, int maxBytes) =>
        // Every UTF-16 unit takes at least one byte, so a long string is refused without encoding it; a lone surrogate
        // counts as the 3 bytes of the replacement character the encoder would write.
        value is not null && (value.Length > maxBytes || Encoding.UTF8.GetByteCount(value) > maxBytes)
            ? $"'{field}' is longer than {maxBytes} bytes in UTF-8."
            : null;
}
