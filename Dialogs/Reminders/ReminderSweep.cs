namespace SoKetBot.Dialogs.Reminders;

/// <summary>What one sweep decided (or, for a preview, would decide).</summary>
/// <param name="Quiet">The instant is in quiet hours, on a weekend or a holiday: nothing is decided, it waits.</param>
/// <param name="Reminders">The reminders not decided before: to send (<see cref="PlannedReminder.DroppedBecause"/> null) or to record as dropped.</param>
public sealed record ReminderSweep(DateTime At, bool Quiet, IReadOnlyList<PlannedReminder> Reminders)
{
    public int ToSend => Reminders.Count(reminder => reminder.DroppedBecause is null);
}
