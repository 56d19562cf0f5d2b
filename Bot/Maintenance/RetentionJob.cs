using Microsoft.Extensions.Options;

namespace SoKetBot.Bot.Maintenance;

/// <summary>Runs every registered <see cref="IRetentionTask"/> every <see cref="RetentionOptions.Interval"/>, outside any turn.</summary>
internal sealed partial class RetentionJob(IEnumerable<IRetentionTask> tasks, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionJob> logger)
    : BackgroundService
{
    /// <summary>One pass over every task; a task that fails is logged and the others still run.</summary>
    public IReadOnlyDictionary<string, int> CleanAll()
    {
        var removed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            try
            {
                removed[task.Name] = task.Clean();
                if (removed[task.Name] > 0)
                {
                    LogCleaned(task.Name, removed[task.Name]);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception, task.Name);
            }
        }

        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.Interval, time, stoppingToken);
            CleanAll();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Count} {Name}")]
    private partial void LogCleaned(string name, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention of {Name} failed; the next pass tries again")]
    private partial void LogFailed(Exception exception, string name);
}
