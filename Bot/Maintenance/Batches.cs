namespace SoKetBot.Bot.Maintenance;

/// <summary>Removal in small batches, each its own short transaction, so that turns never wait long behind retention.</summary>
internal static class Batches
{
    /// <summary>Calls <paramref name="removeBatch"/> with <paramref name="batchSize"/> until a batch comes back short; returns the total removed.</summary>
    public static int RemoveAll(int batchSize, Func<int, int> removeBatch)
    {
        var total = 0;
        int removed;
        do
        {
            removed = removeBatch(batchSize);
            total += removed;
        }
        while (removed == batchSize);

        return total;
    }
}
