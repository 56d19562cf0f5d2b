namespace SoKetBot.Bot.Notices;

/// <summary>What a channel did with a notice.</summary>
internal enum NoticeHandOff
{
    /// <summary>The channel knows no conversation of the official.</summary>
    None,

    /// <summary>Owed to the official's conversations through the outbox: delivered once a channel accepts it.</summary>
    Queued,

    /// <summary>In the official's conversation already (the embedded Direct Line's history).</summary>
    Delivered,
}
