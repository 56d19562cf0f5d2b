using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Bot.Notices;

/// <summary>One way of reaching officials without being asked: the Connector channels, or the embedded Direct Line.</summary>
internal interface INoticeSink
{
    /// <summary>Delivers the notice to every conversation of its official that this sink knows; true if at least one got it.</summary>
    Task<bool> DeliverAsync(Notice notice, Reply reply, CancellationToken cancellationToken);
}
