namespace SoKetBot.Dialogs.Engine;

/// <summary>Runs one turn: reads the conversation's state, understands the input, stores what it must and returns the replies.</summary>
public interface ITurnEngine
{
    /// <summary>Runs a turn. The caller makes sure turns of one conversation never run at once.</summary>
    TurnResult Run(TurnInput input);
}
