using System.Security.Cryptography;
using System.Text;
using LiteDB;

namespace SoKetBot.Storage.Turns;

/// <summary>
/// An activity whose turn committed, written in that turn's transaction: a channel that sends the same activity again
/// (after a timeout, or after the bot restarted) gets the first turn's replies and runs no second turn.
/// </summary>
public sealed record HandledActivity
{
    /// <summary><see cref="KeyOf"/> the channel, the conversation and the activity id.</summary>
    [BsonId]
    public required string Id { get; init; }

    /// <summary>When the turn committed; records older than the retention are removed.</summary>
    public required DateTime At { get; init; }

    /// <summary>The turn's reply activities, as the channel's wire JSON, in order.</summary>
    public IReadOnlyList<string> Replies { get; init; } = [];

    /// <summary>What the channel answered the sender, if anything (the Direct Line echo's id).</summary>
    public string? Answer { get; init; }

    /// <summary>
    /// A fixed-length key (43 characters, SHA-256 in base64url) of the three ids: a client chooses their lengths and
    /// characters, and LiteDB refuses ids over 1,023 bytes.
    /// </summary>
    public static string KeyOf(string channelId, string conversationId, string activityId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}\n{conversationId}\n{activityId}"));
        return Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
