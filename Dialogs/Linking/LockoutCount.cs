namespace SoKetBot.Dialogs.Linking;

/// <summary>Where the counters stand after a wrong code: the tries left (0 once locked), and which counters it locked, until when.</summary>
public sealed record LockoutCount(int RemainingTries, DateTime? LockedUntil, IReadOnlyList<string> LockedKeys);
