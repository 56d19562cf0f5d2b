using System.Net;
using System.Text.RegularExpressions;
using LiteDB;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Settings;
using SoKetBot.Tests.Bot.Messaging;
using SoKetBot.Tests.Dialogs;
using SoKetBot.Tests.Storage.Plans;

namespace SoKetBot.Tests.Bot.Hosting;

/// <summary><c>backup</c> against the real bot process while it writes answers, and with no bot running.</summary>
public sealed partial class BackupCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("soketbot-backupcmd-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string DataFile => Path.Combine(folder, "soketbot.db");

    [Fact]
    public async Task Backup_WhileTheBotWritesAnswers_HoldsEveryAnswerAcknowledgedBeforeIt()
    {
        await using var bot = await RunningBot.StartAsync(DataFile, new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        });
        using var client = bot.CreateClient();
        var chat = new Chat(client);
        var questions = PlanLoader.LoadFile(Path.Combine(PlanLoaderTests.BotFolder, "plans", "ke-hoach-248.json")).SectionsFor("commune");
        await chat.SayAsync("xin chào");
        await chat.SayAsync("xa");
        await chat.SayAsync("demo");
        var asked = await chat.SayAsync("bắt đầu");
        var acknowledged = new List<string>();
        var backupStarted = new TaskCompletionSource<List<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var backupDone = new TaskCompletionSource();
        var target = Path.Combine(folder, "backups", "soketbot-copy.db");
        var backup = Task.Run(async () =>
        {
            var before = await backupStarted.Task;
            var result = await BotProcess.RunAsync(DataFile, "backup", target);
            backupDone.SetResult();
            return (before, result);
        });

        // Answer, as a patient official would, until the backup is done (it starts after the fifth answer).
        while (!backupDone.Task.IsCompleted && CurrentQuestion(asked, questions) is { } question)
        {
            asked = await AnswerAsync(chat, question);
            if (CurrentQuestion(asked, questions)?.Id != question.Id)
            {
                acknowledged.Add(question.Id);
            }

            if (acknowledged.Count == 5)
            {
                backupStarted.TrySetResult([.. acknowledged]);
            }
        }

        backupStarted.TrySetResult([.. acknowledged]);
        var (answeredBefore, (exitCode, output)) = await backup;

        Assert.True(answeredBefore.Count >= 5, $"The review ended after {answeredBefore.Count} answers, at: {asked}");
        Assert.True(acknowledged.Count > answeredBefore.Count, "No answer was written while the backup ran.");
        Assert.Equal(0, exitCode);
        Assert.Contains($"by the running bot, process {bot.ProcessId}", output, StringComparison.Ordinal);
        using var copy = new LiteDatabase(new ConnectionString { Filename = target, ReadOnly = true });
        var stored = copy.GetCollection(Collections.Answers).Find(Query.EQ("AnsweredBy", "xa")).Select(answer => answer["QuestionId"].AsString).ToHashSet();
        Assert.Superset(answeredBefore.ToHashSet(), stored);
    }

    [Fact]
    public async Task Backup_NoBotRunning_TakesTheLockAndCopies()
    {
        using (var database = new SoKetBotDatabase(DataFile))
        {
            database.Run(() => new SettingStore(database).Save(new Setting { Id = "kept", Value = "yes" }));
        }

        var target = Path.Combine(folder, "copy.db");
        var (exitCode, output) = await BotProcess.RunAsync(DataFile, "backup", target);

        Assert.Equal(0, exitCode);
        Assert.Contains("no bot was running", output, StringComparison.Ordinal);
        using var copy = new LiteDatabase(new ConnectionString { Filename = target, ReadOnly = true });
        Assert.Equal("yes", copy.GetCollection(Collections.Settings).FindById("kept")["Value"].AsString);
    }

    private static async Task<string> AnswerAsync(Chat chat, Question question)
    {
        if (question.Type != QuestionType.Records)
        {
            // The bot shifts the plan's dates to today; a date it refuses comes back with an example it accepts.
            var reply = await chat.SayAsync(SampleAnswers.For(question));
            return Example().Match(reply) is { Success: true } example && !QuestionHeader().IsMatch(reply)
                ? await chat.SayAsync(example.Groups[1].Value)
                : reply;
        }

        await chat.SayAsync("thêm");
        foreach (var field in question.Fields!)
        {
            await chat.SayAsync(SampleAnswers.For(field));
        }

        return await chat.SayAsync("xong");
    }

    // The question the bot's replies ask: "**Câu 2.3**" is section 2, question 3 of the level's sections.
    private static Question? CurrentQuestion(string replies, IReadOnlyList<PlanSection> sections) =>
        QuestionHeader().Matches(replies).LastOrDefault() is { } header
            ? sections[int.Parse(header.Groups[1].Value) - 1].Questions[int.Parse(header.Groups[2].Value) - 1]
            : null;

    [GeneratedRegex(@"\*\*Câu (\d+)\.(\d+)\*\*")]
    private static partial Regex QuestionHeader();

    [GeneratedRegex(@"ví dụ: (\d{2}/\d{2}/\d{4})")]
    private static partial Regex Example();

    /// <summary>An emulator conversation in expectReplies mode: each message's replies come back in its response.</summary>
    private sealed class Chat(HttpClient client)
    {
        private int next;

        public async Task<string> SayAsync(string text)
        {
            using var response = await client.PostActivityAsync(Activities.Message(text, id: $"m-{next++}", conversationId: "backup-1", deliveryMode: "expectReplies"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var replies = (await response.ReadJsonAsync())["activities"]!.AsArray();
            return string.Join("\n", replies.Select(reply => (string?)reply!["text"]));
        }
    }
}
