namespace SoKetBot.Dialogs.Engine;

/// <summary>What a turn produced: the replies to the person, in order.</summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies);
