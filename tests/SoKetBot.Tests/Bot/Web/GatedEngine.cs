using SoKetBot.Dialogs.Engine;

namespace SoKetBot.Tests.Bot.Web;

/// <summary>A turn engine whose turns wait (blocking their thread, as a slow real turn would) until the test opens the gate.</summary>
internal sealed class GatedEngine : ITurnEngine, IDisposable
{
    private readonly ManualResetEventSlim gate = new();
    private int entered;

    public int Entered => Volatile.Read(ref entered);

    public TurnResult Run(TurnInput input, Action<TurnResult>? inTransaction = null)
    {
        Interlocked.Increment(ref entered);
        gate.Wait(TimeSpan.FromMinutes(1));
        var result = new TurnResult([new Reply { Text = "ok" }]);
        inTransaction?.Invoke(result);
        return result;
    }

    public void Open() => gate.Set();

    public void Dispose()
    {
        gate.Set();
        gate.Dispose();
    }
}
