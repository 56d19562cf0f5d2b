namespace SoKetBot.Bot.Maintenance;

/// <summary>
/// Removes what a feature keeps only for a while (Direct Line history, handled activities, delivered outbox items), in
/// small batches, each its own short transaction; registered by the feature that owns the data.
/// </summary>
internal interface IRetentionTask
{
    /// <summary>What it removes, for the log.</summary>
    string Name { get; }

    /// <summary>One pass; returns how many records it removed.</summary>
    int Clean();
}
