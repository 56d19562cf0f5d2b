using SoKetBot.Dialogs.Engine;

namespace SoKetBot.Tests.Bot.Messaging;

/// <summary>A turn engine that answers every turn with the same replies and records the inputs it got.</summary>
internal sealed class ScriptedEngine(params Reply[] replies) : ITurnEngine
{
    private readonly List<TurnInput> inputs = [];

    public IReadOnlyList<TurnInput> Inputs
    {
        get
        {
            lock (inputs)
            {
                return inputs.ToList();
            }
        }
    }

    public TurnResult Run(TurnInput input, Action<TurnResult>? inTransaction = null)
    {
        lock (inputs)
        {
            inputs.Add(input);
        }

        var result = new TurnResult(replies.Length > 0 ? replies : [new Reply { Text = $"echo: {input.Text}" }]);
        inTransaction?.Invoke(result);
        return result;
    }
}

/// <summary>A turn engine that takes its time and notices when two turns run at once.</summary>
internal sealed class OverlapDetectingEngine : ITurnEngine
{
    private int running;
    private int maxRunning;
    private int turns;

    public int MaxRunning => Volatile.Read(ref maxRunning);

    public int Turns => Volatile.Read(ref turns);

    public TurnResult Run(TurnInput input, Action<TurnResult>? inTransaction = null)
    {
        var now = Interlocked.Increment(ref running);
        InterlockedMax(ref maxRunning, now);
        Thread.Sleep(30);
        Interlocked.Decrement(ref running);
        Interlocked.Increment(ref turns);
        var result = new TurnResult([new Reply { Text = input.Text }]);
        inTransaction?.Invoke(result);
        return result;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
