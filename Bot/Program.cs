using SoKetBot.Bot.DirectLine;
using SoKetBot.Bot.Hosting;
using SoKetBot.Bot.Maintenance;
using SoKetBot.Bot.Messaging;
using SoKetBot.Bot.Notices;
using SoKetBot.Bot.Outbox;
using SoKetBot.Bot.Observability;
using SoKetBot.Bot.Reminders;
using SoKetBot.Bot.Web;
using SoKetBot.Bot.WebChat;
using SoKetBot.Dialogs;
using SoKetBot.Storage;
using SoKetBot.Storage.Organisation.Import;
using SoKetBot.Storage.Plans;

var builder = WebApplication.CreateBuilder(args);
builder.AddStorage();       // Storage/StorageExtensions.cs: the LiteDB file
builder.AddPlans();         // Storage/Plans/PlanExtensions.cs: plan files, validated; the bot refuses to start on a broken plan
builder.AddDemoProvince();  // Storage/Organisation/Import/DemoProvinceExtensions.cs: the demo units and officials (Demo:Seed)
builder.AddDialogs();       // Dialogs/DialogsExtensions.cs: the turn engine
builder.AddMessaging();     // Messaging/: POST /api/messages, its auth seam (Authentication/) and the Connector client (Connector/)
builder.AddOutbox();        // Outbox/: what the bot owes the Connector channels, kept in the data file and delivered after the commit
builder.AddDirectLine();    // DirectLine/: the embedded Direct Line 3.0 channel under /v3/directline
builder.AddWebChat();       // WebChat/: the page at / (sign-in, then Web Chat) and its session API
builder.AddWebSecurity();   // Web/: forwarded headers, security headers (CSP, HSTS), rate limits
builder.AddNotices();       // Notices/: cards to superiors and outcomes to reporters, pushed to their conversations
builder.AddReminders();     // Reminders/: the reminder scheduler (deadline reminders, digests, escalation)
builder.AddObservability(); // Observability/: /health (database, outbox) and OpenTelemetry metrics for /metrics
builder.AddStartupReport(); // Hosting/StartupReport.cs: one log entry of what the bot runs with
builder.AddMaintenance();   // Maintenance/: the control socket (backup while running), checkpoints at quiet moments, retention

var app = builder.Build();
if (await app.RefusesSecondWriterAsync(args))  // Hosting/SingleWriter.cs: another process has the data file
{
    return;
}

if (await app.RunCommandAsync(args))  // Hosting/Commands.cs: "import file.csv", "reminders --at ..." and "help"
{
    return;
}

if (await app.RefusesToStartAsync())   // Hosting/DeploymentChecks.cs: outside Development, no open endpoint, weak secrets or demo officials
{
    return;
}

app.UseExceptionHandler();
app.UseWebSecurity();       // Web/: forwarded headers first, then HSTS, the security headers and the rate limiter
app.UseDirectLine();        // DirectLine/: WebSockets and CORS for the Direct Line clients
app.UseWebChat();           // WebChat/: the page and its static files
app.MapMessages();          // POST /api/messages
app.MapObservability();     // GET /health and GET /metrics (Prometheus text, Observability:MetricsAllowFrom only)
app.Run();
