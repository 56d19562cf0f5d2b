namespace SoKetBot.Bot.Messaging;

/// <summary>Makes sure turns of one conversation never run at once; conversations share a fixed set of locks.</summary>
internal sealed class ConversationGate
{
    private readonly SemaphoreSlim[] stripes = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<T> RunAsync<T>(string conversationKey, Func<T> turn, CancellationToken cancellationToken)
    {
        var stripe = stripes[(uint)StringComparer.Ordinal.GetHashCode(conversationKey) % (uint)stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            return turn();
        }
        finally
        {
            stripe.Release();
        }
    }
}
