using SoKetBot.Bot.DirectLine;
using SoKetBot.Bot.Hosting;
using SoKetBot.Bot.Messaging;
using SoKetBot.Bot.WebChat;
using SoKetBot.Dialogs;
using SoKetBot.Storage;
using SoKetBot.Storage.Plans;

var builder = WebApplication.CreateBuilder(args);
builder.AddStorage();       // Storage/StorageExtensions.cs: the LiteDB file
builder.AddPlans();         // Storage/Plans/PlanExtensions.cs: plan files, validated; the bot refuses to start on a broken plan
builder.AddDialogs();       // Dialogs/DialogsExtensions.cs: the turn engine
builder.AddMessaging();     // Messaging/: POST /api/messages and the Connector client
builder.AddDirectLine();    // DirectLine/: the embedded Direct Line 3.0 channel under /v3/directline
builder.AddWebChat();       // WebChat/: the page at / (sign-in, then Web Chat) and its session API

var app = builder.Build();
if (await app.RunCommandAsync(args))  // Hosting/Commands.cs: "import file.csv" and friends
{
    return;
}

app.UseExceptionHandler();
app.UseDirectLine();
app.UseWebChat();
app.MapMessages();
app.MapHealthChecks("/health");
app.Run();
