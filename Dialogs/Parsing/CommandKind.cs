namespace SoKetBot.Dialogs.Parsing;

/// <summary>The commands an official can type anywhere in the review.</summary>
public enum CommandKind
{
    Help,
    QuestionHelp,
    Back,
    Skip,
    Edit,
    Progress,
    Pause,
    Resume,
    Cancel,
    Start,
    Submit,
    Summary,
    Add,
    Done,
    Menu,
    Keep,
    Pending,
}
