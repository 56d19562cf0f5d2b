using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SoKetBot.Tests.Bot.Web;

/// <summary>
/// Keeps everything a log sink could store: each message, its exception, every structured value and every scope
/// (a sink such as Application Insights keeps the values even when the message does not show them).
/// </summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Texts { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>The captured entries that contain <paramref name="value"/>.</summary>
    public List<string> Containing(string value) => Texts.Where(text => text.Contains(value, StringComparison.Ordinal)).ToList();

    private void Add(string category, object? state, string? message = null, Exception? exception = null)
    {
        var parts = new List<string> { category, message ?? state?.ToString() ?? string.Empty };
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            parts.AddRange(values.Select(value => $"{value.Key}={value.Value}"));
        }

        if (exception is not null)
        {
            parts.Add(exception.ToString());
        }

        Texts.Enqueue(string.Join(" | ", parts));
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            provider.Add(category + " (scope)", state);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Add(category, state, formatter(state, exception), exception);
    }
}
