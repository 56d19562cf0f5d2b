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

    /// <summary>"Nhắc nhở": a superior nudges the units below that have not submitted.</summary>
    Nudge,
}
