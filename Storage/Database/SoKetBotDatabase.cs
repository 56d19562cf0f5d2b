using LiteDB;
using LiteDB.Engine;

namespace SoKetBot.Storage.Database;

/// <summary>The one LiteDB database of the process (direct mode), with its indexes and schema version.</summary>
public sealed partial class SoKetBotDatabase : IDisposable, ITransactionScope
{
    /// <summary>The schema version this code writes; raise it with a migration in <see cref="Migrate"/>.</summary>
    public const int SchemaVersion = 2;

    // How deep this thread is inside Run, on any database of the process: PBKDF2 and other slow work must not run there.
    [ThreadStatic]
    private static int writeLockDepth;

    private readonly DataFileLock? fileLock;
    private readonly LogFile? log;
    private int disposed;
    private long commits;

    /// <summary>Opens (or creates) the data file, first taking its lock: one process at a time opens a file.</summary>
    /// <param name="dataFile">The data file, or ":memory:".</param>
    /// <param name="durability">What a transaction of <see cref="Run"/> survives once it returns (see <see cref="Storage.Database.Durability"/>).</param>
    /// <exception cref="DataFileInUseException">Another process, or another open database of this one, has the file.</exception>
    public SoKetBotDatabase(string dataFile, Durability durability = StorageOptions.DefaultDurability)
    {
        DataFile = dataFile == ":memory:" ? dataFile : Path.GetFullPath(dataFile);
        Durability = durability;
        if (dataFile == ":memory:")
        {
            Database = new LiteDatabase(new ConnectionString { Filename = DataFile, Connection = ConnectionType.Direct }, SoKetBotMapper.Create());
            Open();
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(DataFile)!);
        fileLock = DataFileLock.Take(DataFile);
        try
        {
            log = new LogFile(DataFile);
            Database = new LiteDatabase(new LiteEngine(new EngineSettings { Filename = DataFile, LogStream = log.Stream }), SoKetBotMapper.Create());
            Open();
        }
        catch
        {
            Database?.Dispose();
            log?.Dispose();
            fileLock.Dispose();
            throw;
        }
    }

    /// <summary>The full path of the data file, or ":memory:".</summary>
    public string DataFile { get; }

    /// <summary>What a transaction of <see cref="Run"/> survives once it returns.</summary>
    public Durability Durability { get; }

    /// <summary>How many transactions <see cref="Run"/> has committed since the database opened.</summary>
    public long Commits => Interlocked.Read(ref commits);

    /// <summary>How many times a commit flushed the log to the disk (<see cref="Durability.Flush"/> only).</summary>
    internal int LogSyncs => log?.Syncs ?? 0;

    internal LiteDatabase Database { get; }

    private readonly Lock writer = new();

    internal ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>Whether this thread is inside <see cref="Run"/> (of any database), holding the process-wide write lock.</summary>
    public static bool WriteLockHeld => writeLockDepth > 0;

    /// <summary>The transaction this thread runs in <see cref="Run"/> (the writer thread's), or null outside one.</summary>
    internal TransactionState? Transaction => Environment.CurrentManagedThreadId == writerThreadId ? current : null;

    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (Transaction is { } state)
        {
            state.After(action);
        }
        else
        {
            action();
        }
    }

    /// <summary>Writes the WAL into the data file; call it at a quiet moment and before a backup.</summary>
    public void Checkpoint() => Database.Checkpoint();

    // The container disposes it once for each service it is registered as (SoKetBotDatabase, ITransactionScope).
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        // The writer finishes the work already queued, then stops.
        StopWriter();
        Database.Dispose();
        log?.Dispose();

        // Last: the file is closed (its log checkpointed) before another process may open it.
        fileLock?.Dispose();
    }

    private void Open()
    {
        Database.UtcDate = true;
        Migrate();
        DeclareIndexes();
        writerThread = new Thread(WriteLoop) { IsBackground = true, Name = "SoKetBot writer" };
        writerThread.Start();
        writerThreadId = writerThread.ManagedThreadId;
    }

    private void Migrate()
    {
        if (Database.UserVersion > SchemaVersion)
        {
            throw new InvalidOperationException($"The data file has schema version {Database.UserVersion}, newer than this build ({SchemaVersion}). Run a newer SoKetBot.");
        }

        // Version 0 is a new file: nothing to move.
        if (Database.UserVersion is > 0 and < 2)
        {
            Database.BeginTrans();
            try
            {
                Migrations.EmbeddedDirectLineMigration.Run(Database);
                Database.Commit();
            }
            catch
            {
                Database.Rollback();
                throw;
            }
        }

        Database.UserVersion = SchemaVersion;
    }

    private void DeclareIndexes()
    {
        Collection<Organisation.Unit>(Collections.Units).EnsureIndex(unit => unit.ParentCode);
        Collection<Organisation.Official>(Collections.Officials).EnsureIndex(official => official.UnitCode);
        Collection<Organisation.ChannelLink>(Collections.ChannelLinks).EnsureIndex(link => link.OfficialAccount);
        Collection<Reviews.Answer>(Collections.Answers).EnsureIndex(answer => answer.SubmissionId);
        Collection<Reviews.Submission>(Collections.Submissions).EnsureIndex(submission => submission.PlanId);
        Collection<Reviews.SubmissionVersion>(Collections.SubmissionVersions).EnsureIndex(version => version.SubmissionId);
        Collection<Conversations.ConversationReference>(Collections.ConversationReferences).EnsureIndex(reference => reference.OfficialAccount);
        Collection<Reviews.Decision>(Collections.Decisions).EnsureIndex(decision => decision.SubmissionId);
        Collection<Notices.Notice>(Collections.Notices).EnsureIndex(notice => notice.Account);
        Collection<Notices.Notice>(Collections.Notices).EnsureIndex(notice => notice.DeliveredAt);
        Collection<Notices.Notice>(Collections.Notices).EnsureIndex(notice => notice.SubmissionId);
        Collection<Notices.Notice>(Collections.Notices).EnsureIndex(notice => notice.ReminderKey);
        Collection<Reminders.ReminderRecord>(Collections.ReminderLog).EnsureIndex(record => record.PlanId);
        Collection<Reminders.ReminderRecord>(Collections.ReminderLog).EnsureIndex(record => record.Date);
        Collection<DirectLine.DirectLineConversation>(Collections.DirectLineConversations).EnsureIndex(conversation => conversation.UserId);
        Collection<DirectLine.DirectLineActivity>(Collections.DirectLineActivities).EnsureIndex(activity => activity.ConversationId);
        Collection<DirectLine.DirectLineActivity>(Collections.DirectLineActivities).EnsureIndex(activity => activity.At);
        Collection<Audit.AuditEntry>(Collections.AuditLog).EnsureIndex(entry => entry.At);
        Collection<Audit.AuditEntry>(Collections.AuditLog).EnsureIndex(entry => entry.Account);
        Collection<Sessions.WebSession>(Collections.WebSessions).EnsureIndex(session => session.Account);
        Collection<Sessions.WebSession>(Collections.WebSessions).EnsureIndex(session => session.ExpiresAt);
        Collection<Turns.HandledActivity>(Collections.HandledActivities).EnsureIndex(record => record.At);
        Collection<Outbox.OutboxItem>(Collections.Outbox).EnsureIndex(item => item.Done);
        Collection<Outbox.OutboxItem>(Collections.Outbox).EnsureIndex(item => item.GaveUpAt);
    }
}
