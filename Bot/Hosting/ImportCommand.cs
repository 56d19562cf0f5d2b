using Microsoft.Extensions.Options;
using SoKetBot.Bot.Maintenance;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Organisation.Import;

namespace SoKetBot.Bot.Hosting;

/// <summary>
/// <c>import &lt;file.csv&gt; ...</c>: units first, then officials. A running bot holds the data file, so it is asked through its
/// control socket: it stores the rows and answers, then hashes the access codes on every core while it serves. With no bot
/// running, the command imports itself and waits for every hash (the codes would be lost with the process).
/// </summary>
internal static class ImportCommand
{
    public static int Run(IServiceProvider services, List<string> files, TextWriter output, TextWriter error)
    {
        // Units first: officials name their unit, which must exist.
        var ordered = files.Select(file => Path.GetFullPath(file))
            .OrderBy(file => OrganisationImporter.KindOfFile(file) switch { ImportFileKind.Units => 0, ImportFileKind.Officials => 1, _ => 2 })
            .ToList();
        var dataFile = services.GetRequiredService<IOptions<StorageOptions>>().Value.FullPathOf(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var socket = ControlSocket.PathOf(dataFile);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (succeeded, report) = ControlSocket.Ask(socket, "import " + ordered[i]) is { } reply
                ? (reply.StartsWith("ok ", StringComparison.Ordinal), reply[(reply.IndexOf(' ', StringComparison.Ordinal) + 1)..])
                : ImportHere(services, ordered[i]);
            if (!succeeded)
            {
                error.WriteLine(report);

                // The files after a failed one are not imported, since they may depend on it.
                foreach (var skipped in ordered.Skip(i + 1))
                {
                    error.WriteLine($"{skipped}: not imported, because {Path.GetFileName(ordered[i])} failed.");
                }

                return 1;
            }

            output.WriteLine(report);
        }

        return 0;
    }

    private static (bool Succeeded, string Report) ImportHere(IServiceProvider services, string file)
    {
        try
        {
            var report = services.GetRequiredService<OrganisationImporter>().Import(file);
            return (report.Succeeded, report.ToString());
        }
        catch (Exception exception) when (InUse(exception) is { } inUse)
        {
            return (false, inUse.Message + " Its control socket did not answer: it may be starting or stopping; try again.");
        }
    }

    private static DataFileInUseException? InUse(Exception? exception) =>
        exception is null ? null : exception as DataFileInUseException ?? InUse(exception.InnerException);
}
