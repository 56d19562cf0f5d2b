namespace SoKetBot.Bot.Outbox;

/// <summary>Wakes the outbox's delivery when something was owed, or when a conversation's attempt ended.</summary>
internal sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one wake-up covers everything owed so far.
        }
    }

    /// <summary>Waits until woken or until <paramref name="cancellationToken"/> (the sweep interval, or shutdown).</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => wake.WaitAsync(cancellationToken);

    public void Dispose() => wake.Dispose();
}
