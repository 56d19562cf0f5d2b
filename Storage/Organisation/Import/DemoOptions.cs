namespace SoKetBot.Storage.Organisation.Import;

/// <summary>The demo province seeded at start; bound to the configuration section "Demo".</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Whether the demo units and officials are imported on start.</summary>
    /// <value>The default value is false; appsettings.Development.json turns it on.</value>
    public bool Seed { get; set; }

    /// <summary>The demo units file, relative to the content root.</summary>
    /// <value>The default value is demo/units.csv.</value>
    public string Units { get; set; } = "demo/units.csv";

    /// <summary>The demo officials file, relative to the content root.</summary>
    /// <value>The default value is demo/officials.csv.</value>
    public string Officials { get; set; } = "demo/officials.csv";
}
