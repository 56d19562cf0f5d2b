namespace SoKetBot.Dialogs.Engine;

/// <summary>Runs one turn: reads the conversation's state, understands the input, stores what it must and returns the replies.</summary>
public interface ITurnEngine
{
    /// <summary>Runs a turn. The caller makes sure turns of one conversation never run at once.</summary>
    /// <param name="inTransaction">
    /// Runs inside the turn's transaction, after the turn's own writes, with its result: what the channel keeps of the turn
    /// (the activity handled, its replies owed, the conversation reference) commits with the answer or not at all. If it
    /// throws, the whole turn rolls back and the result is the "something went wrong" reply, without calling it again.
    /// </param>
    TurnResult Run(TurnInput input, Action<TurnResult>? inTransaction = null);
}
