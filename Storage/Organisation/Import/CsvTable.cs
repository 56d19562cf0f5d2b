using System.Text;
using CsvHelper;

namespace SoKetBot.Storage.Organisation.Import;

// A CSV file read whole: its header (lower case) and its rows with their line numbers, or the reasons it cannot be read.
internal sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvLine> rows, IReadOnlyList<ImportError> errors)
    {
        Header = header;
        Rows = rows;
        Errors = errors;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvLine> Rows { get; }

    public IReadOnlyList<ImportError> Errors { get; }

    public static CsvTable Read(Stream stream)
    {
        var errors = new List<ImportError>();
        var rows = new List<CsvLine>();

        // UTF-8 with or without a byte order mark (CsvHelper honours it); always commas, never a guessed separator.
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => errors.Add(new ImportError((int)record.LineNumber, Describe(record.Reason))),
        };
        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        var header = new List<string>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var fields = reader.Current.ToArray();
            if (fields.Any(field => field.Contains('\uFFFD', StringComparison.Ordinal)))
            {
                errors.Add(new ImportError(line, "the line is not UTF-8 text: save the file as \"CSV UTF-8\"."));
                continue;
            }

            rows.Add(new CsvLine(line, fields.Select(field => field.Normalize(NormalizationForm.FormC)).ToArray()));
        }

        header.AddRange(reader.Headers.Select(name => name.Trim().ToLowerInvariant()));
        if (header.Count == 0 || header.All(name => name.Length == 0))
        {
            errors.Add(new ImportError(1, "the file is empty: it needs a header line."));
        }

        return new CsvTable(header, rows, errors);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "the number of fields differs from the header: check the commas, and quote a field that contains one.",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed: add the closing quote.",
        _ => $"badly quoted field ({reason}): put quotes only around a whole field, and double a quote inside one (\"\").",
    };
}

// One row: its line in the file and its fields in the header's order.
internal sealed record CsvLine(int Line, string[] Fields);
