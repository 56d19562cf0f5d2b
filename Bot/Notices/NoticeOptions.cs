namespace SoKetBot.Bot.Notices;

/// <summary>Configuration section <c>Notices</c>.</summary>
internal sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>How often notices that could not be delivered are tried again.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);
}
