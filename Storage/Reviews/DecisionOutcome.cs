namespace SoKetBot.Storage.Reviews;

/// <summary>What an approver decided on a submitted version.</summary>
public enum DecisionOutcome
{
    Approved,
    Returned,
}
