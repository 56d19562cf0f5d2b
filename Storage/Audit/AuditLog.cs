using LiteDB;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Audit;

/// <summary>The audit log in LiteDB (collection <c>audit_log</c>, indexed on the time and the account).</summary>
public sealed class AuditLog(SoKetBotDatabase database) : IAuditLog
{
    private readonly ILiteCollection<AuditEntry> entries = database.Collection<AuditEntry>(Collections.AuditLog);

    public void Record(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entries.Insert(entry with { Id = 0 });
    }

    public IReadOnlyList<AuditEntry> Newest(string? account, DateTime? since, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var query = entries.Query();
        if (account is not null)
        {
            query = query.Where(entry => entry.Account == account);
        }

        if (since is { } from)
        {
            query = query.Where(entry => entry.At >= from);
        }

        // The id is the order of writing; the clock may step back, the sequence does not.
        return query.OrderByDescending(entry => entry.Id).Limit(limit).ToList();
    }
}
