using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Turns;

/// <summary>The activities already handled, by <see cref="HandledActivity.KeyOf"/>.</summary>
public interface IHandledActivityStore : IStore<HandledActivity>
{
    /// <summary>Removes at most <paramref name="batchSize"/> records handled before <paramref name="before"/>, in one transaction; returns how many.</summary>
    int RemoveOlderThan(DateTime before, int batchSize);
}
