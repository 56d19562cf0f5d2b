using SoKetBot.Storage.Organisation;

namespace SoKetBot.Dialogs.Approvals;

/// <summary>Who decides on a unit's review: the approvers of its parent unit; the top unit's own approvers for the top.</summary>
internal sealed class ApprovalChain(IUnitStore units, IOfficialStore officials)
{
    /// <summary>The unit whose approvers decide on <paramref name="unit"/>'s review.</summary>
    public Unit DecidingUnit(Unit unit) => unit.ParentCode is { } parent && units.Find(parent) is { } found ? found : unit;

    public IReadOnlyList<Official> ApproversOf(Unit unit) =>
        officials.OfUnit(DecidingUnit(unit).Code).Where(official => official.Has(OfficialRoles.Approver)).ToList();

    public IReadOnlyList<Official> ReportersOf(Unit unit) =>
        officials.OfUnit(unit.Code).Where(official => official.Has(OfficialRoles.Reporter)).ToList();

    public bool MayDecide(Official official, Unit unit) =>
        official.Has(OfficialRoles.Approver) && official.UnitCode == DecidingUnit(unit).Code;

    /// <summary>The units whose reviews <paramref name="approver"/> decides on.</summary>
    public IEnumerable<Unit> DecidedBy(Official approver)
    {
        if (!approver.Has(OfficialRoles.Approver) || units.Find(approver.UnitCode) is not { } own)
        {
            return [];
        }

        var below = units.ChildrenOf(own.Code);
        return own.ParentCode is null ? [own, .. below] : below;
    }
}
