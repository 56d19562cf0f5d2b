using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Bot.Notices;

/// <summary>One way of reaching officials without being asked: the Connector channels, or the embedded Direct Line.</summary>
internal interface INoticeSink
{
    /// <summary>
    /// Hands the notice to every conversation of its official that this channel knows, inside the caller's transaction:
    /// nothing is sent before it commits.
    /// </summary>
    NoticeHandOff HandOff(Notice notice, Reply reply);
}
