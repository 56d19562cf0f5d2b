using SoKetBot.Bot.Hosting;
using SoKetBot.Bot.Messaging;
using SoKetBot.Dialogs;
using SoKetBot.Storage;
using SoKetBot.Storage.Plans;

var builder = WebApplication.CreateBuilder(args);
builder.AddStorage();       // Storage/StorageExtensions.cs: the LiteDB file
builder.AddPlans();         // Storage/Plans/PlanExtensions.cs: plan files, validated; the bot refuses to start on a broken plan
builder.AddDialogs();       // Dialogs/DialogsExtensions.cs: the turn engine
builder.AddMessaging();     // Messaging/: POST /api/messages, its auth seam (Authentication/) and the Connector outbox (Connector/)

var app = builder.Build();
if (await app.RunCommandAsync(args))  // Hosting/Commands.cs: "import file.csv" and friends
{
    return;
}

app.UseExceptionHandler();
app.MapMessages();          // POST /api/messages
app.MapHealthChecks("/health");
app.Run();
