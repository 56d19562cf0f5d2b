using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Messaging;

/// <summary>Reads the incoming activity from a request: JSON only, size-limited, ids within <see cref="ActivityLimits"/>, source-generated (no reflection).</summary>
internal static class ActivityRequest
{
    /// <summary>The activity, or the problem (400 or 413) to answer instead.</summary>
    public static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        if (!IsJson(request.ContentType))
        {
            return (null, NotAnActivity($"The body must be a JSON activity with Content-Type application/json, not '{request.ContentType}'."));
        }

        var body = await ReadBodyAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, TooLarge(maxBytes));
        }

        if (body.Length == 0)
        {
            return (null, NotAnActivity("The body is empty; it must be a JSON activity."));
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, ProtocolJson.Default.Activity);
        }
        catch (JsonException exception)
        {
            return (null, NotAnActivity($"The body is not a JSON activity: {exception.Message}"));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, NotAnActivity("The activity has no 'type'."));
        }

        // Before anything is stored or looked up under these ids.
        if (ActivityLimits.Check(activity) is { } overLimit)
        {
            return (null, NotAnActivity(overLimit));
        }

        return (activity, null);
    }

    public static ProblemHttpResult NotAnActivity(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Not a valid activity");

    private static ProblemHttpResult TooLarge(int maxBytes) =>
        TypedResults.Problem(detail: $"The body is larger than {maxBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large");

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType is { } name
        && (name.Equals("application/json", StringComparison.OrdinalIgnoreCase) || name.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    // Reads at most maxBytes; null when the body is longer (a chunked body has no Content-Length to check first).
    private static async Task<byte[]?> ReadBodyAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
