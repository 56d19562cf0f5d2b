using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SoKetBot.Storage.Organisation.Import;

// Imports the demo province on the first start, through the administrators' importer.
internal sealed partial class DemoSeeder(OrganisationImporter importer, IUnitStore units, IOptions<DemoOptions> options, IHostEnvironment environment, ILogger<DemoSeeder> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return Task.CompletedTask;
        }

        // An organisation that exists (the demo of an earlier start, edited or not, or a real one) is left alone.
        if (units.All().Count > 0)
        {
            LogExists();
            return Task.CompletedTask;
        }

        foreach (var file in new[] { options.Value.Units, options.Value.Officials })
        {
            var report = importer.Import(Path.Combine(environment.ContentRootPath, file));
            if (!report.Succeeded)
            {
                throw new InvalidOperationException($"The demo province cannot be seeded. Fix the file or Demo:Units/Demo:Officials, or set Demo:Seed to false. {report}");
            }

            LogSeeded(report);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo province: an organisation exists already; nothing seeded.")]
    private partial void LogExists();

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo province: {Report}")]
    private partial void LogSeeded(ImportReport report);
}
