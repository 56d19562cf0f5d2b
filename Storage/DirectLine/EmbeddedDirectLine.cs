namespace SoKetBot.Storage.DirectLine;

/// <summary>
/// The identity of the embedded Direct Line channel. Its turns, channel links, conversation states and card deliveries
/// use <see cref="TurnChannelId"/>, which no activity posted to /api/messages may carry, so that nothing arriving there
/// can claim them; the activities shown to Web Chat keep Direct Line's own <see cref="WireChannelId"/>.
/// </summary>
public static class EmbeddedDirectLine
{
    /// <summary>The channel id of the embedded channel's turns and of everything they store.</summary>
    public const string TurnChannelId = "soketbot-directline";

    /// <summary>The channel id on the wire, as Web Chat and DirectLineJS expect it.</summary>
    public const string WireChannelId = "directline";

    /// <summary>The prefix of the user ids the page binds to officials after sign-in (<c>dl_xa</c>); nobody else may use it.</summary>
    public const string OfficialUserPrefix = "dl_";

    /// <summary>Whether <paramref name="channelId"/> is the reserved id of the embedded channel's turns (any case).</summary>
    public static bool IsTurnChannel(string? channelId) => string.Equals(channelId, TurnChannelId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="userId"/> has the form of an official's page user id (any case).</summary>
    public static bool IsOfficialUserId(string? userId) => userId is not null && userId.StartsWith(OfficialUserPrefix, StringComparison.OrdinalIgnoreCase);
}
