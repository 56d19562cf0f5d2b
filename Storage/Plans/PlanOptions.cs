namespace SoKetBot.Storage.Plans;

/// <summary>Where the plan files are and which plan is answered now; bound to the configuration section "Plans".</summary>
public sealed class PlanOptions
{
    public const string Section = "Plans";

    /// <summary>The folder of plan files (*.json), relative to the content root.</summary>
    /// <value>The default value is "plans".</value>
    public string Directory { get; set; } = "plans";

    /// <summary>The id of the plan officials answer now.</summary>
    /// <value>The default is the id of the only plan loaded; with several plans it must be set.</value>
    public string? Active { get; set; }

    /// <summary>Whether the active plan is moved by whole days so that it is issued today (for demos).</summary>
    /// <value>The default value is false; appsettings.Development.json turns it on.</value>
    public bool ShiftToToday { get; set; }
}
