using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using System.Text.Json;

namespace SoKetBot.Load.Noop;

/// <summary>
/// The ceiling of this machine for the load: the same ASP.NET Core and Kestrel as the bot, in Production with the bot's
/// logging settings, on loopback, with one endpoint that reads each activity (parsing its JSON, as any bot must) and returns
/// one fixed expectReplies answer. No turn, no storage: what a bot cannot go faster than on these cores.
/// Runs in its own process (<c>SoKetBot.Load serve-noop</c>) so that its CPU is measured apart from the load's.
/// </summary>
internal static class NoopServer
{
    public const string Command = "serve-noop";

    private static readonly byte[] Reply = Encoding.UTF8.GetBytes("""{"activities":[{"type":"message","text":"ok","locale":"vi-VN","from":{"id":"bot","role":"bot"}}]}""");

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // The bot's appsettings.json logging, and a free loopback port.
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Urls"] = "http://127.0.0.1:0",
        });
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        {
            using (var activity = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken))
            {
                if (!activity.RootElement.TryGetProperty("type", out _))
                {
                    response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }
            }

            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = Reply.Length;
            await response.Body.WriteAsync(Reply, cancellationToken);
        });
        await app.RunAsync();
    }
}
