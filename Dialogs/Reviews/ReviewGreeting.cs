using SoKetBot.Dialogs.Approvals;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Menu;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>The greeting of the review, saying so when no superior has the submitted report yet (none has opened a conversation).</summary>
internal sealed class ReviewGreeting(ReviewSessions sessions, ApprovalNotices notices, PlanCatalog plans)
{
    public void Greet(TurnContext context, Official official, ReviewSession? session) =>
        Greeting.Greet(context, official, session?.Unit ?? sessions.UnitOf(official), session, plans.Active.Address, session is { Submission: { Status: SubmissionStatus.Submitted } submission }
            && !notices.AnyDelivered(submission.Id, submission.Version));
}
