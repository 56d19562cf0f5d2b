using SoKetBot.Dialogs.Engine;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Dialogs.Reviews;

/// <summary>What the review dialog needs for one turn.</summary>
internal sealed record ReviewTurn(TurnContext Context, Official Official, ReviewSession Session)
{
    public FormQuestion? Current => Session.Form.Find(Context.State.QuestionId);
}
