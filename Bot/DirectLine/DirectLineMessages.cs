using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.DirectLine;

/// <summary>The answer to starting or resuming a conversation, and to token requests (protocol §4).</summary>
internal sealed class DirectLineConversationResponse
{
    public required string ConversationId { get; init; }

    public string? Token { get; init; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }

    public string? StreamUrl { get; init; }

    public string? ReferenceGrammarId { get; init; }
}

/// <summary>The optional body of tokens/generate and POST /conversations.</summary>
internal sealed class DirectLineTokenParameters
{
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }
}

/// <summary>The Direct Line error body.</summary>
internal sealed class DirectLineErrorResponse
{
    public required DirectLineError Error { get; init; }
}

/// <summary>An error code and message.</summary>
internal sealed class DirectLineError
{
    public required string Code { get; init; }

    public required string Message { get; init; }
}

/// <summary>Source-generated JSON for the Direct Line wire types.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(DirectLineConversationResponse))]
[JsonSerializable(typeof(DirectLineTokenParameters))]
[JsonSerializable(typeof(DirectLineErrorResponse))]
[JsonSerializable(typeof(DirectLineTokenClaims))]
internal sealed partial class DirectLineJson : JsonSerializerContext
{
    /// <summary>
    /// For writing: Vietnamese as UTF-8 rather than \u escapes (like <see cref="ProtocolJson"/> for /api/messages). Direct Line bodies
    /// and frames are JSON, never inlined into HTML, so the relaxed encoder is safe.
    /// </summary>
    /// <remarks>Created on first use: a static initializer could run before the generated <see cref="Default"/> exists.</remarks>
    public static DirectLineJson Wire => field ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
