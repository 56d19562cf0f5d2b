using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SoKetBot.Tests.Bot.Observability;

/// <summary>
/// Keeps every log entry with the scopes open when it was written, as a structured sink does (the logger factory
/// hands a provider that supports external scopes the scopes of every logger, whichever category opened them).
/// </summary>
internal sealed class ScopedLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<ScopedEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new ScopedLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class ScopedLogger(ScopedLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            var scopeTexts = new List<string>();
            provider.scopes.ForEachScope(
                (scope, _) =>
                {
                    scopeTexts.Add(scope?.ToString() ?? string.Empty);
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            values[key] = value?.ToString();
                        }
                    }
                },
                (object?)null);
            var stateValues = state is IEnumerable<KeyValuePair<string, object?>> own ? own.Select(pair => $"{pair.Key}={pair.Value}").ToList() : [];
            provider.Entries.Enqueue(new ScopedEntry(category, formatter(state, exception), exception?.ToString(), stateValues, scopeTexts, values));
        }
    }
}

/// <summary>One log entry: its message, its own structured values, and the scopes around it with their values.</summary>
internal sealed record ScopedEntry(
    string Category,
    string Message,
    string? Exception,
    IReadOnlyList<string> StateValues,
    IReadOnlyList<string> Scopes,
    IReadOnlyDictionary<string, string?> ScopeValues)
{
    /// <summary>Everything a sink could store of this entry, in one string.</summary>
    public string AllText => string.Join(" | ", [Category, Message, Exception ?? string.Empty, .. StateValues, .. Scopes, .. ScopeValues.Select(pair => $"{pair.Key}={pair.Value}")]);
}
