namespace SoKetBot.Bot.Hosting;

/// <summary>The bot's own administration commands, run instead of the server. (Stub: import is being written.)</summary>
internal static class Commands
{
    public static Task<bool> RunCommandAsync(this WebApplication app, string[] args) => Task.FromResult(false);
}
