using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Tests.Bot.Messaging;
using SoKetBot.Tests.Bot.Web;

namespace SoKetBot.Tests.Bot.Observability;

/// <summary>What is logged inside a turn carries the turn's ids in its scope, and never what the official answered.</summary>
public sealed class TurnLogScopeTests
{
    private const string Answer = "Câu trả lời riêng 4471 về an ninh xã";

    [Fact]
    public async Task Turn_LogsWrittenInsideIt_CarryChannelConversationAndActivityIds_AndNoAnswer()
    {
        var logs = new ScopedLoggerProvider();
        using var app = new SoKetBotApplication(
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft"] = "Trace" },
            services: services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);
                Decorate(services);
            });
        using var http = LoopbackClient.Create(app);

        using var greeting = await http.PostActivityAsync(Activities.Message("xin chào", id: "scope-1", conversationId: "conv-scope", deliveryMode: "expectReplies"));
        using var answer = await http.PostActivityAsync(Activities.Message(Answer, id: "scope-2", conversationId: "conv-scope", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var inTurn = logs.Entries.Where(entry => entry.Message.StartsWith("Running a ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, inTurn.Count);
        Assert.All(inTurn, entry =>
        {
            Assert.Equal("emulator", entry.ScopeValues["ChannelId"]);
            Assert.Equal("conv-scope", entry.ScopeValues["ConversationId"]);
        });
        Assert.Equal(["scope-1", "scope-2"], inTurn.Select(entry => entry.ScopeValues["ActivityId"]));
        Assert.DoesNotContain(logs.Entries, entry => entry.AllText.Contains(Answer, StringComparison.Ordinal) || entry.AllText.Contains("4471", StringComparison.Ordinal));
    }

    // The real turn engine, with one log line of its own before each turn, written where the dialogs would log.
    private static void Decorate(IServiceCollection services)
    {
        var real = services.Last(descriptor => descriptor.ServiceType == typeof(ITurnEngine));
        services.Replace(ServiceDescriptor.Singleton<ITurnEngine>(provider => new LoggingEngine(
            (ITurnEngine)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!),
            provider.GetRequiredService<ILogger<LoggingEngine>>())));
    }

    private sealed class LoggingEngine(ITurnEngine inner, ILogger<LoggingEngine> logger) : ITurnEngine
    {
        private static readonly Action<ILogger, TurnKind, Exception?> LogRunning = LoggerMessage.Define<TurnKind>(LogLevel.Information, default, "Running a {Kind} turn");

        public TurnResult Run(TurnInput input, Action<TurnResult>? inTransaction = null)
        {
            LogRunning(logger, input.Kind, null);
            return inner.Run(input, inTransaction);
        }
    }
}
