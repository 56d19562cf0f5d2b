namespace SoKetBot.Storage.Audit;

/// <summary>The audit log: written in the transaction of the change it records, read by an administrator.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry; call it inside the transaction of the change it records.</summary>
    void Record(AuditEntry entry);

    /// <summary>The newest entries first, optionally of one account and from an instant on.</summary>
    IReadOnlyList<AuditEntry> Newest(string? account, DateTime? since, int limit);
}
