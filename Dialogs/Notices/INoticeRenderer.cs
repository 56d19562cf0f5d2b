using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Dialogs.Notices;

/// <summary>
/// What notices of some kinds say, as things stand when they are delivered; registered by the feature that owns those
/// kinds (approvals: cards and outcomes; reminders: reminders, digests, escalations, nudges).
/// </summary>
public interface INoticeRenderer
{
    /// <summary>The kinds this renderer speaks for; each kind has exactly one renderer.</summary>
    IReadOnlyCollection<NoticeKind> Kinds { get; }

    /// <summary>The notice as it stands now; null when it no longer says anything (nothing to show).</summary>
    Reply? Render(Notice notice);
}
