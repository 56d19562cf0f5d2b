using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Dialogs.Notices;

/// <summary>
/// The messages the bot owes officials without being asked (approval cards, outcomes, reminders): written in the turn
/// that caused them, rendered when delivered by the renderer of their kind (registered by the feature that owns it), and
/// marked once a channel has them. One board and one delivery path for every kind.
/// </summary>
public sealed class NoticeBoard
{
    /// <summary>Why a reminder left the outbox unshown: it no longer applied when it was to be delivered.</summary>
    public const string NotRelevant = "no-longer-relevant";

    private readonly INoticeStore notices;
    private readonly ITransactionScope transactions;
    private readonly Lazy<IReadOnlyDictionary<NoticeKind, INoticeRenderer>> renderers;

    internal NoticeBoard(INoticeStore notices, ITransactionScope transactions, Func<IEnumerable<INoticeRenderer>> renderers)
    {
        this.notices = notices;
        this.transactions = transactions;

        // Lazily: the renderers themselves post through this board.
        this.renderers = new(() => renderers().SelectMany(renderer => renderer.Kinds.Select(kind => (kind, renderer))).ToDictionary(pair => pair.kind, pair => pair.renderer));
    }

    /// <summary>Raised after a turn that wrote notices, so that delivery need not wait for its next sweep.</summary>
    public event EventHandler? Posted;

    /// <summary>Notices not yet delivered, oldest first.</summary>
    public IReadOnlyList<Notice> Waiting() => notices.Waiting();

    /// <summary>Notices not yet delivered whose next attempt is due at <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<Notice> Due(DateTime now) => notices.DueAt(now);

    /// <summary>The reminder outbox: every reminder notice, delivered or not, with its attempts.</summary>
    public IReadOnlyList<Notice> Reminders() => notices.Reminders();

    /// <summary>The notice as it stands now, said by the renderer of its kind; null when it no longer says anything.</summary>
    public Reply? Render(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return renderers.Value.TryGetValue(notice.Kind, out var renderer) ? renderer.Render(notice) : null;
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
                var reminder = first ? Render(notice) : null;
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

    /// <summary>Owes a notice to <paramref name="account"/>, in the caller's transaction.</summary>
    internal void Post(string account, NoticeKind kind, string submissionId, int version, DateTime now) =>
        notices.Save(new Notice { Id = Guid.NewGuid().ToString("N"), Account = account, Kind = kind, SubmissionId = submissionId, Version = version, CreatedAt = now });
}
