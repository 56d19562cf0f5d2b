using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Organisation;

/// <summary>
/// Hashes imported access codes after the import's transaction, on every core, and stores each hash in batches as it is ready.
/// Until then a code lives only in this process's memory (never in the data file); an official who signs in before their
/// code's turn has it hashed at once (<see cref="Resolve"/>). Codes of a process that stops first are lost, never half
/// stored: their officials keep the hash they had (or, new, cannot sign in) until their file is imported again.
/// </summary>
public sealed partial class AccessCodeHashing(IOfficialStore officials, ITransactionScope transactions, ILogger<AccessCodeHashing> logger) : IDisposable
{
    // Hashes stored per transaction: a short write lock, few commits.
    private const int BatchSize = 256;

    // How long a replaced hash still resolves to its successor: a sign-in that read the record just before the hash was stored
    // verifies against what replaced it, not against the code the import retired.
    private const long RetiredForMilliseconds = 60_000;

    private readonly ConcurrentDictionary<string, PendingCode> byAccount = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PendingCode> byStoredHash = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Hash, long At)> retired = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private Task tail = Task.CompletedTask;

    /// <summary>How many codes wait for their hash.</summary>
    public int Waiting => byAccount.Count;

    /// <summary>
    /// Queues <paramref name="codes"/> (after earlier imports' codes) and hashes them on <see cref="Environment.ProcessorCount"/>
    /// threads. The task ends once every hash is stored, with the accounts whose stored hash changed.
    /// </summary>
    public Task<IReadOnlySet<string>> HashAsync(IReadOnlyList<PendingCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var code in codes)
        {
            // A later import of the same official replaces an earlier one still waiting.
            byAccount[code.Account] = code;
            byStoredHash[code.StoredHash] = code;
        }

        lock (gate)
        {
            var run = tail.ContinueWith<IReadOnlySet<string>>(_ => Run(codes), CancellationToken.None, TaskContinuationOptions.LongRunning, TaskScheduler.Default);
            tail = run;
            return run;
        }
    }

    /// <summary>
    /// The hash that <paramref name="storedHash"/> stands for: itself, or, while an imported code waits to replace it, that code's
    /// hash (PBKDF2 now, outside any transaction, when the worker has not reached it yet).
    /// </summary>
    public string Resolve(string storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        return byStoredHash.TryGetValue(storedHash, out var code) ? code.Hash
            : retired.TryGetValue(storedHash, out var successor) ? successor.Hash
            : storedHash;
    }

    public void Dispose()
    {
        stopping.Cancel();
        try
        {
            tail.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // Cancelled mid-batch: what was not stored is counted below.
        }

        if (Waiting > 0)
        {
            LogNotHashed(logger, Waiting);
        }

        stopping.Dispose();
    }

    private HashSet<string> Run(IReadOnlyList<PendingCode> codes)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = stopping.Token };
        foreach (var batch in codes.Chunk(BatchSize))
        {
            foreach (var old in retired.Where(pair => Environment.TickCount64 - pair.Value.At > RetiredForMilliseconds))
            {
                retired.TryRemove(old);
            }

            var latest = batch.Where(IsLatest).ToArray();
            Parallel.ForEach(latest, parallel, code => _ = code.Hash);
            transactions.Run(() =>
            {
                foreach (var code in latest)
                {
                    if (Store(code))
                    {
                        changed.Add(code.Account);
                    }
                }
            });
            foreach (var code in latest.Where(code => code.IsHashed && code.Hash != code.StoredHash))
            {
                retired[code.StoredHash] = (code.Hash, Environment.TickCount64);
            }

            foreach (var code in batch)
            {
                byAccount.TryRemove(KeyValuePair.Create(code.Account, code));
                byStoredHash.TryRemove(KeyValuePair.Create(code.StoredHash, code));
            }
        }

        return changed;
    }

    // Inside the batch's transaction, with the hash already computed: only over what the import left (a later import wins).
    private bool Store(PendingCode code)
    {
        if (!code.IsHashed || !IsLatest(code) || officials.Find(code.Account) is not { } official
            || official.AccessCodeHash != code.StoredHash || code.Hash == code.StoredHash)
        {
            return false;
        }

        officials.Save(official with { AccessCodeHash = code.Hash });
        return true;
    }

    private bool IsLatest(PendingCode code) => byAccount.TryGetValue(code.Account, out var latest) && ReferenceEquals(latest, code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} imported access codes were not hashed before the process stopped: their officials keep their previous code (new ones cannot sign in) until their file is imported again")]
    private static partial void LogNotHashed(ILogger logger, int count);
}
