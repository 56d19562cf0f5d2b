using System.Globalization;
using SoKetBot.Dialogs.Notices;
using SoKetBot.Dialogs.Reminders;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Outbox;

namespace SoKetBot.Bot.Hosting;

/// <summary>The "reminders" command: what a sweep would decide at an instant, and where the reminder outbox stands.</summary>
internal static class ReminderPreview
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    public static int Run(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var sweeper = services.GetRequiredService<ReminderSweeper>();
        var calendar = sweeper.Calendar();
        var at = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (CommandArguments.Value(args, "--at") is { } text)
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && text.Length > 19)
            {
                at = withOffset.UtcDateTime;
            }
            else if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                at = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), calendar.Zone);
            }
            else
            {
                error.WriteLine($"'{text}' is not a time: write it like 2026-12-08T08:00 (the plan's zone) or with an offset.");
                return 1;
            }
        }

        var units = services.GetRequiredService<IUnitStore>();
        var sweep = sweeper.Preview(at);
        output.WriteLine($"Plan {sweeper.Plan.Id}, at {Local(at, calendar)} ({calendar.Zone.Id}); nothing is recorded or sent.");
        if (sweep.Quiet)
        {
            output.WriteLine($"Quiet time (outside {sweeper.Plan.Reminders.QuietUntil:HH:mm}-{sweeper.Plan.Reminders.QuietFrom:HH:mm}, a weekend or a holiday): a sweep now decides nothing; these wait until {Local(calendar.NextOpen(at), calendar)}.");
        }

        output.WriteLine($"{sweep.ToSend} to send, {sweep.Reminders.Count - sweep.ToSend} to record as dropped:");
        foreach (var reminder in sweep.Reminders)
        {
            var name = units.Find(reminder.UnitCode)?.Name ?? reminder.UnitCode;
            var what = reminder.DroppedBecause is { } dropped ? $"dropped ({dropped})" : $"to {string.Join(", ", reminder.Accounts)}";
            output.WriteLine($"  {Local(reminder.DueAt, calendar)}  {reminder.Kind,-15} {name} [{reminder.UnitCode}]  {what}");
        }

        var outbox = services.GetRequiredService<NoticeBoard>().Reminders();
        output.WriteLine($"Reminder outbox: {outbox.Count(n => n.DeliveredAt is not null && n.DroppedBecause is null)} delivered, {outbox.Count(n => n.DroppedBecause is not null)} dropped, {outbox.Count(n => n.DeliveredAt is null)} waiting.");
        var owed = services.GetRequiredService<IOutboxStore>().Pending(int.MaxValue).ToLookup(item => item.NoticeId, StringComparer.Ordinal);
        foreach (var notice in outbox.Where(n => n.DeliveredAt is null))
        {
            // Handed to the outbox: its attempts are there, one item per conversation of the official.
            foreach (var item in owed[notice.Id])
            {
                var retry = item.NextAttemptAt is { } due ? Local(due, calendar) : "now";
                output.WriteLine($"  {notice.Kind,-15} to {notice.Account} in {item.Conversation}: in the outbox, {item.Attempts} attempts, next {retry}; {item.LastError ?? "not tried yet"}");
            }

            if (notice.QueuedAt is null)
            {
                var next = notice.NextAttemptAt is { } when ? Local(when, calendar) : "next sweep";
                output.WriteLine($"  {notice.Kind,-15} to {notice.Account}: {notice.FailedAttempts} failed attempts, next {next}; {notice.LastError ?? "not tried yet"}");
            }
        }

        return 0;
    }

    private static string Local(DateTime utc, ReminderCalendar calendar) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), calendar.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
