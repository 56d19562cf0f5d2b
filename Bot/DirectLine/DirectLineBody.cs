using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SoKetBot.Bot.DirectLine;

/// <summary>Reads a JSON body of at most 256 KB (Direct Line's limit, protocol §4): too big is 413, not JSON is 400.</summary>
internal static class DirectLineBody
{
    public const int MaxBytes = 256 * 1024;

    public static async Task<(T? Value, IResult? Refusal)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > MaxBytes)
            {
                return (null, TooLarge());
            }
        }

        if (buffer.WrittenCount == 0)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize(buffer.WrittenSpan, type), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON of the expected shape."));
        }
    }

    private static IResult TooLarge() =>
        DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body is larger than {MaxBytes} bytes.");
}
