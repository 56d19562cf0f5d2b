namespace SoKetBot.Storage.Database;

/// <summary>What a committed transaction survives: <c>Storage:Durability</c>.</summary>
public enum Durability
{
    /// <summary>
    /// The commit's log pages are handed to the operating system before the commit returns (LiteDB's own behaviour):
    /// they survive the bot's process crashing or being killed, not the machine losing power before the OS writes them.
    /// </summary>
    Process,

    /// <summary>The log is also flushed to the disk (fsync) before the commit returns: a committed turn survives power loss.</summary>
    Flush,
}
