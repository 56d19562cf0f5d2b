namespace SoKetBot.Dialogs.Engine;

/// <summary>Runs turns. (Stub: echoes until the review dialog lands.)</summary>
internal sealed class TurnEngine : ITurnEngine
{
    public TurnResult Run(TurnInput input) => new([new Reply { Text = input.Text ?? "…" }]);
}
