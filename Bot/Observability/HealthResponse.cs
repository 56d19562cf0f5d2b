using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SoKetBot.Bot.Observability;

/// <summary>
/// The JSON body of <c>/health</c>: the overall status and each check's status and description, nothing else (no
/// exception, no data). The status code stays the framework's: 200 for Healthy and Degraded, 503 for Unhealthy.
/// </summary>
internal static class HealthResponse
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
