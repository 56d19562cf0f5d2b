using SoKetBot.Load.Script;

namespace SoKetBot.Load.Channels;

/// <summary>An official of the imported organisation: what they type to link or sign in.</summary>
internal sealed record Official(string Account, string AccessCode);

/// <summary>A way to talk to a bot: /api/messages with expectReplies, or the embedded Direct Line.</summary>
internal interface IChatChannel
{
    /// <summary>A new conversation of <paramref name="official"/>.</summary>
    IChatSession Open(Official official);
}

/// <summary>One conversation: each step sent, its replies returned (every reply of the turn).</summary>
internal interface IChatSession : IAsyncDisposable
{
    Task<Replies> SendAsync(ScriptStep step, string? submitData, CancellationToken cancellationToken);
}
