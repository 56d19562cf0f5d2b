using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Formatting;
using SoKetBot.Dialogs.Resources;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reminders;

namespace SoKetBot.Dialogs.Reminders;

/// <summary>
/// "Đôn đốc": a superior's approver nudges the units below that have not submitted, now, each at most once a local day
/// (the nudge is a reminder log record keyed by the unit and the day, written in the turn's transaction with its notices).
/// </summary>
internal sealed class ReminderDialog(PlanCatalog plans, IUnitStore units, IOfficialStore officials, IReminderLog log, INoticeStore notices, ReminderTexts texts)
{
    public void Nudge(TurnContext context, Official official, string? unitCode)
    {
        var plan = plans.Active;
        var code = unitCode ?? official.UnitCode;
        if (!official.Has(OfficialRoles.Approver) || official.UnitCode != code || units.Find(code) is not { } unit)
        {
            context.Say(BotText.Nudge_NotAllowed);
            return;
        }

        var pending = texts.PendingBelow(plan, unit);
        if (pending.Count == 0)
        {
            context.Say(BotText.Nudge_Nothing);
            return;
        }

        var today = PlanClock.LocalDate(context.Now, PlanClock.ZoneOf(plan));
        var sent = new List<string>();
        var already = new List<string>();
        var nobody = new List<string>();
        foreach (var child in pending)
        {
            var key = ReminderRecord.KeyOf(plan.Id, child.Code, ReminderKind.Nudge, today);
            if (log.Find(key) is not null)
            {
                already.Add(UnitName.InSentence(child));
                continue;
            }

            var reporters = officials.OfUnit(child.Code).Where(o => o.Has(OfficialRoles.Reporter)).Select(o => o.Account).ToList();
            log.Save(new ReminderRecord
            {
                Id = key,
                PlanId = plan.Id,
                UnitCode = child.Code,
                Kind = ReminderKind.Nudge,
                Date = today,
                DueAt = context.Now,
                DecidedAt = context.Now,
                Accounts = reporters,
                RequestedBy = official.Account,
                DroppedBecause = reporters.Count == 0 ? ReminderPlanner.NobodyToTell : null,
            });
            if (reporters.Count == 0)
            {
                nobody.Add(UnitName.InSentence(child));
                continue;
            }

            var reminder = new PlannedReminder
            {
                Key = key,
                PlanId = plan.Id,
                Kind = ReminderKind.Nudge,
                UnitCode = child.Code,
                LevelId = child.Level,
                Date = today,
                DueAt = context.Now,
                Deadline = plan.FindLevel(child.Level)!.Deadline,
                Accounts = reporters,
            };
            foreach (var account in reporters)
            {
                notices.Save(ReminderSweeper.NoticeFor(reminder, account, context.Now));
            }

            sent.Add(UnitName.InSentence(child));
            context.NoticesPosted = true;
        }

        if (sent.Count > 0)
        {
            context.Say(VietnameseFormat.Format(BotText.Nudge_Sent, sent.Count, ReminderTexts.Names(sent)));
        }

        if (already.Count > 0)
        {
            context.Say(VietnameseFormat.Format(BotText.Nudge_AlreadyToday, ReminderTexts.Names(already)));
        }

        if (nobody.Count > 0)
        {
            context.Say(VietnameseFormat.Format(BotText.Nudge_NoReporter, ReminderTexts.Names(nobody)));
        }
    }
}
