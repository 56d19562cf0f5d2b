using SoKetBot.Dialogs.Cards;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Approvals;

/// <summary>
/// The messages the bot owes officials without being asked (cards to superiors, outcomes to reporters): written in the
/// turn that caused them, rendered as they stand when delivered, and marked delivered once they reached the official.
/// </summary>
public sealed class NoticeBoard
{
    /// <summary>Why a reminder left the outbox unshown: it no longer applied when it was to be delivered.</summary>
    public const string NotRelevant = "no-longer-relevant";

    private readonly INoticeStore notices;
    private readonly ITransactionScope transactions;
    private readonly SubmittedReviews reviews;
    private readonly ApprovalChain chain;
    private readonly Reminders.ReminderTexts reminders;

    internal NoticeBoard(INoticeStore notices, ITransactionScope transactions, SubmittedReviews reviews, ApprovalChain chain, Reminders.ReminderTexts reminders)
    {
        this.notices = notices;
        this.transactions = transactions;
        this.reviews = reviews;
        this.chain = chain;
        this.reminders = reminders;
    }

    /// <summary>Raised after a turn that wrote notices, so that delivery need not wait for its next sweep.</summary>
    public event EventHandler? Posted;

    /// <summary>Notices not yet delivered, oldest first.</summary>
    public IReadOnlyList<Notice> Waiting() => notices.Waiting();

    /// <summary>Notices not yet delivered whose next attempt is due at <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<Notice> Due(DateTime now) => notices.DueAt(now);

    /// <summary>The reminder outbox: every reminder notice, delivered or not, with its attempts.</summary>
    public IReadOnlyList<Notice> Reminders() => notices.Reminders();

    /// <summary>The notice as it stands now: an approval card (open, or with its outcome), or the outcome for a reporter.</summary>
    public Reply? Render(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.IsReminder)
        {
            return reminders.Render(notice);
        }

        if (reviews.Find(notice.SubmissionId, notice.Version) is not { } review)
        {
            return null;
        }

        if (notice.Kind != NoticeKind.ReviewDecided)
        {
            return new Reply { Card = ApprovalCard.For(review) };
        }

        if (review.Decision is not { } decision)
        {
            return null;
        }

        var when = VietnameseFormat.Instant(decision.DecidedAt, PlanClock.ZoneOf(review.Form.Plan));
        var text = decision.Outcome == DecisionOutcome.Approved
            ? VietnameseFormat.Format(BotText.Notice_Approved, review.Unit.Name, review.Version.Number, review.DeciderName ?? decision.DecidedBy, when)
            : VietnameseFormat.Format(BotText.Notice_Returned, review.Unit.Name, review.Version.Number, review.DeciderName ?? decision.DecidedBy, when, decision.Reason ?? "", ApprovalCard.SectionTitles(review.Form, decision.Sections));
        return new Reply { Text = text, Suggestions = decision.Outcome == DecisionOutcome.Returned ? [BotText.Button_Resume] : [BotText.Button_Summary] };
    }

    public void MarkDelivered(Notice notice, DateTime at) =>
        transactions.Run(() =>
        {
            if (notices.Find(notice.Id) is { DeliveredAt: null } current)
            {
                notices.Save(current with { DeliveredAt = at });
            }
        });

    /// <summary>No conversation took it: tried again at <paramref name="next"/>.</summary>
    public void MarkFailed(Notice notice, string error, DateTime next) =>
        transactions.Run(() =>
        {
            if (notices.Find(notice.Id) is { DeliveredAt: null } current)
            {
                notices.Save(current with { FailedAttempts = current.FailedAttempts + 1, LastError = error, NextAttemptAt = next });
            }
        });

    /// <summary>Not tried now (quiet hours): tried again at <paramref name="next"/>, without counting an attempt.</summary>
    public void Postpone(Notice notice, DateTime next) =>
        transactions.Run(() =>
        {
            if (notices.Find(notice.Id) is { DeliveredAt: null } current)
            {
                notices.Save(current with { NextAttemptAt = next });
            }
        });

    /// <summary>Why a waiting reminder left the outbox unshown: a newer one of the same kind about the same unit says it.</summary>
    public const string Superseded = "superseded";

    /// <summary>It no longer applies (the unit submitted meanwhile): out of the outbox, marked as not shown.</summary>
    public void MarkDropped(Notice notice, DateTime at, string because) =>
        transactions.Run(() =>
        {
            if (notices.Find(notice.Id) is { DeliveredAt: null } current)
            {
                notices.Save(current with { DeliveredAt = at, DroppedBecause = because });
            }
        });

    internal void RaisePosted() => Posted?.Invoke(this, EventArgs.Empty);

    /// <summary>A version was submitted: its card is owed to every approver above (inside the turn's transaction).</summary>
    internal int PostSubmitted(Unit unit, SubmissionVersion version, DateTime now)
    {
        var approvers = chain.ApproversOf(unit);
        foreach (var approver in approvers)
        {
            Post(approver.Account, NoticeKind.ReviewSubmitted, version.SubmissionId, version.Number, now);
        }

        return approvers.Count;
    }

    /// <summary>A version was decided: every card of it is updated, and the unit's reporters are told.</summary>
    internal void PostDecided(Unit unit, Decision decision, DateTime now)
    {
        var holders = notices.OfSubmission(decision.SubmissionId)
            .Where(notice => notice.Kind == NoticeKind.ReviewSubmitted && notice.Version == decision.Version)
            .Select(notice => notice.Account)
            .Distinct(StringComparer.Ordinal);
        foreach (var holder in holders)
        {
            Post(holder, NoticeKind.CardDecided, decision.SubmissionId, decision.Version, now);
        }

        foreach (var reporter in chain.ReportersOf(unit))
        {
            Post(reporter.Account, NoticeKind.ReviewDecided, decision.SubmissionId, decision.Version, now);
        }
    }

    /// <summary>Whether any approver has the card of this version yet.</summary>
    internal bool AnyDelivered(string submissionId, int version) =>
        notices.OfSubmission(submissionId).Any(notice => notice.Kind == NoticeKind.ReviewSubmitted && notice.Version == version && notice.DeliveredAt is not null);

    /// <summary>
    /// Hands the official's waiting cards and outcomes to this turn (the first conversation they open) and marks them
    /// delivered. Updates of cards already delivered elsewhere are left to the channel's delivery, which edits in place.
    /// </summary>
    internal void DeliverInTurn(TurnContext context, Official official)
    {
        var shown = context.CardsShown;
        var said = new HashSet<(NoticeKind, string?)>();
        foreach (var notice in notices.WaitingFor(official.Account))
        {
            if (notice.IsReminder)
            {
                // Rendered as things stand now, two waiting reminders of one kind about one unit say the same: say it once.
                var first = said.Add((notice.Kind, notice.UnitCode));
                var reminder = first ? reminders.Render(notice) : null;
                if (reminder is not null)
                {
                    context.Send(reminder);
                }

                notices.Save(notice with { DeliveredAt = context.Now, DroppedBecause = first && reminder is null ? NotRelevant : null });
                continue;
            }

            if (notice.Kind == NoticeKind.CardDecided && !shown.Contains(notice.CardKey))
            {
                continue;
            }

            // A card shown in this turn already shows where it stands: it needs no second message.
            var alreadyShown = notice.Kind != NoticeKind.ReviewDecided && shown.Contains(notice.CardKey);
            if (!alreadyShown && notice.Kind != NoticeKind.CardDecided && Render(notice) is { } reply)
            {
                context.Send(reply);
                shown.Add(notice.CardKey);
            }

            notices.Save(notice with { DeliveredAt = context.Now });
        }
    }

    private void Post(string account, NoticeKind kind, string submissionId, int version, DateTime now) =>
        notices.Save(new Notice { Id = Guid.NewGuid().ToString("N"), Account = account, Kind = kind, SubmissionId = submissionId, Version = version, CreatedAt = now });
}
