namespace SoKetBot.Dialogs.Reviews;

/// <summary>The keys and values of the <c>data</c> the review's card buttons send back.</summary>
internal static class CardActions
{
    public const string Action = Engine.MessageReader.ActionKey;
    public const string Question = "question";
    public const string Choices = "choices";
    public const string Submit = "submit";
    public const string Edit = "edit";
    public const string Answer = "answer";
}
