using Microsoft.Extensions.Options;
using SoKetBot.Dialogs.Notices;
using SoKetBot.Dialogs.Approvals;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reminders;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reminders;

/// <summary>
/// Decides the reminders due at an instant and records each, with its notices, before anything is sent: the reminder log
/// has one record per reminder key, so a second sweep, a restart or a crash between batches never posts one twice.
/// Delivery is the notice outbox's job.
/// </summary>
public sealed class ReminderSweeper
{
    private readonly PlanCatalog plans;
    private readonly IUnitStore units;
    private readonly IOfficialStore officials;
    private readonly ISubmissionStore submissions;
    private readonly IReminderLog log;
    private readonly INoticeStore notices;
    private readonly ITransactionScope transactions;
    private readonly NoticeBoard board;
    private readonly IOptions<ReminderOptions> options;

    public ReminderSweeper(PlanCatalog plans, IUnitStore units, IOfficialStore officials, ISubmissionStore submissions, IReminderLog log, INoticeStore notices, ITransactionScope transactions, NoticeBoard board, IOptions<ReminderOptions> options)
    {
        this.plans = plans;
        this.units = units;
        this.officials = officials;
        this.submissions = submissions;
        this.log = log;
        this.notices = notices;
        this.transactions = transactions;
        this.board = board;
        this.options = options;
    }

    public Plan Plan => plans.Active;

    public ReminderCalendar Calendar() => new(plans.Active, options.Value.HolidayDates());

    /// <summary>What a sweep at <paramref name="nowUtc"/> would decide, without deciding or sending anything.</summary>
    public ReminderSweep Preview(DateTime nowUtc) => PlanAt(nowUtc, ignoreQuiet: true);

    /// <summary>Decides and records the reminders due at <paramref name="nowUtc"/> and posts their notices.</summary>
    public ReminderSweep Sweep(DateTime nowUtc)
    {
        var sweep = PlanAt(nowUtc, ignoreQuiet: false);
        if (sweep.Quiet || sweep.Reminders.Count == 0)
        {
            return sweep;
        }

        var posted = false;
        foreach (var batch in sweep.Reminders.Chunk(options.Value.BatchSize))
        {
            transactions.Run(() => posted |= Decide(batch, nowUtc));
        }

        if (posted)
        {
            board.RaisePosted();
        }

        return sweep;
    }

    private ReminderSweep PlanAt(DateTime nowUtc, bool ignoreQuiet)
    {
        var plan = plans.Active;
        var calendar = Calendar();
        var quiet = !calendar.IsOpen(nowUtc);
        if ((quiet && !ignoreQuiet) || !plan.Reminders.Enabled)
        {
            return new ReminderSweep(nowUtc, quiet, []);
        }

        var from = calendar.LocalDate(nowUtc).AddDays(-options.Value.LookbackDays);
        var world = new ReminderWorld(plan, units.All(), officials.All(), submissions.OfPlan(plan.Id));
        var decided = log.KeysSince(plan.Id, from);
        var due = ReminderPlanner.Due(world, calendar, nowUtc, from).Where(reminder => !decided.Contains(reminder.Key)).ToList();
        return new ReminderSweep(nowUtc, quiet, due);
    }

    // Inside the batch's transaction: checked again against the log and the units' reviews, then recorded with their notices.
    // One query for each check and one insert for each collection per batch: LiteDB's cost is mostly per call.
    private bool Decide(PlannedReminder[] batch, DateTime nowUtc)
    {
        var decided = log.DecidedAmong(batch.Select(reminder => reminder.Key).ToList());
        var submitted = submissions.SubmittedAmong(batch
            .Where(reminder => reminder.DroppedBecause is null && reminder.Kind is ReminderKind.Due or ReminderKind.Overdue)
            .Select(reminder => Submission.KeyOf(reminder.PlanId, reminder.UnitCode))
            .ToList());
        var records = new List<ReminderRecord>(batch.Length);
        var posted = new List<Notice>(batch.Length);
        foreach (var reminder in batch.Where(reminder => !decided.Contains(reminder.Key)))
        {
            var dropped = reminder.DroppedBecause
                ?? (reminder.Kind is ReminderKind.Due or ReminderKind.Overdue && submitted.Contains(Submission.KeyOf(reminder.PlanId, reminder.UnitCode)) ? "submitted" : null);
            records.Add(new ReminderRecord
            {
                Id = reminder.Key,
                PlanId = reminder.PlanId,
                UnitCode = reminder.UnitCode,
                Kind = reminder.Kind,
                Date = reminder.Date,
                DueAt = reminder.DueAt,
                DecidedAt = nowUtc,
                Accounts = dropped is null ? reminder.Accounts : [],
                DroppedBecause = dropped,
            });
            if (dropped is null)
            {
                posted.AddRange(reminder.Accounts.Select(account => NoticeFor(reminder, account, nowUtc)));
            }
        }

        log.Add(records);
        notices.Add(posted);
        return posted.Count > 0;
    }

    internal static Notice NoticeFor(PlannedReminder reminder, string account, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Account = account,
        Kind = reminder.Kind switch
        {
            ReminderKind.Due => NoticeKind.Reminder,
            ReminderKind.Overdue => NoticeKind.Overdue,
            ReminderKind.Digest => NoticeKind.Digest,
            ReminderKind.Escalation => NoticeKind.Escalation,
            ReminderKind.DecisionWaiting => NoticeKind.DecisionWaiting,
            _ => NoticeKind.Nudge,
        },
        SubmissionId = Submission.KeyOf(reminder.PlanId, reminder.UnitCode),
        Version = 0,
        CreatedAt = nowUtc,
        PlanId = reminder.PlanId,
        UnitCode = reminder.UnitCode,
        LevelId = reminder.LevelId,
        DueAt = reminder.Deadline,
        ReminderKey = reminder.Key,
    };
}
