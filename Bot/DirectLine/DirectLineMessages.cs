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
internal sealed partial class DirectLineJson : JsonSerializerContext;
