namespace SoKetBot.Dialogs.Linking;

/// <summary>
/// The verdict on a typed access code, reached before the turn's transaction (PBKDF2 is slow and must not hold the
/// write lock), for the account the conversation was waiting on. The dialog uses it only if the account and its hash
/// are still the same inside the transaction.
/// </summary>
/// <param name="StoredHash">The hash verified against, or null when the account does not exist (a dummy hash was verified).</param>
/// <param name="Verified">Whether the code matched; false when not checked (a counter was locked).</param>
/// <param name="Checked">Whether PBKDF2 ran; it is skipped while a counter is locked.</param>
internal sealed record LinkingCheck(string Account, string? StoredHash, bool Verified, bool Checked);
