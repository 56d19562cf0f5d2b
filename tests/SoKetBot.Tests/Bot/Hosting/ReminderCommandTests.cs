using SoKetBot.Bot.Hosting;
using SoKetBot.Storage.Reminders;
using SoKetBot.Tests.Dialogs;

namespace SoKetBot.Tests.Bot.Hosting;

/// <summary><c>dotnet run --project Bot -- reminders --at 2026-12-29T08:00</c>: what would be sent, nothing recorded.</summary>
public sealed class ReminderCommandTests
{
    private static (int? ExitCode, string Output, string Error) Run(DialogHost host, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Commands.Run(host.Services, args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void RemindersCommand_AtALocalTime_ListsWhatWouldBeSentWithoutRecordingIt()
    {
        using var host = new DialogHost();

        var (exitCode, output, _) = Run(host, "reminders", "--at", "2026-12-29T08:00");

        Assert.Equal(0, exitCode);
        Assert.Contains("at 2026-12-29 08:00 (Asia/Ho_Chi_Minh); nothing is recorded or sent", output, StringComparison.Ordinal);
        Assert.Contains("2026-12-29 08:00  Due             Xã Hưng Lộc [16708]  to xa", output, StringComparison.Ordinal);
        Assert.Contains("dropped (nobody-to-tell)", output, StringComparison.Ordinal);
        Assert.Empty(host.Get<IReminderLog>().OfPlan(host.Plan.Id));
    }

    [Fact]
    public void RemindersCommand_OnASaturdayOrWithABadTime_SaysQuietOrRefuses()
    {
        using var host = new DialogHost();

        Assert.Contains("Quiet time", Run(host, "reminders", "--at=2027-01-02T08:00").Output, StringComparison.Ordinal);
        Assert.Equal(1, Run(host, "reminders", "--at", "tomorrow").ExitCode);
    }
}
