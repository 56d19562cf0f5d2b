using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace SoKetBot.Dialogs.Reminders;

/// <summary>The reminder scheduler and the reminders' delivery, bound to the configuration section "Reminders".</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>How often the scheduler looks for reminders due.</summary>
    /// <value>The default value is 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many days back a sweep looks for reminders not decided yet (the bot was down).</summary>
    /// <value>The default value is 31.</value>
    [Range(1, 366)]
    public int LookbackDays { get; set; } = 31;

    /// <summary>Public holidays (yyyy-MM-dd, in the plan's zone) on which no reminder is sent.</summary>
    public IList<string> Holidays { get; } = [];

    /// <summary>Reminders decided per transaction, so that turns are not held up by a long sweep.</summary>
    /// <value>The default value is 200.</value>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>The wait after the first failed delivery of a notice; it doubles after each further failure.</summary>
    /// <value>The default value is 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between delivery attempts.</summary>
    /// <value>The default value is 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failed attempts after which the official is listed as unreachable ("Không liên lạc được") to their superior.</summary>
    /// <value>The default value is 3.</value>
    [Range(1, 100)]
    public int UnreachableAfter { get; set; } = 3;

    /// <summary>The holidays as dates; a malformed one fails start-up (see <see cref="Validate"/>).</summary>
    public IReadOnlyList<DateOnly> HolidayDates() =>
        Holidays.Select(text => DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();

    /// <summary>The holidays that are not dates; empty when all are.</summary>
    public IReadOnlyList<string> Validate() =>
        Holidays.Where(text => !DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)).ToList();

    /// <summary>The wait before the next attempt after <paramref name="failures"/> failed ones.</summary>
    public TimeSpan RetryDelay(int failures)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Clamp(failures - 1, 0, 20));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
