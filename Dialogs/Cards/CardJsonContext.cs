using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>Compile-time JSON metadata for cards, so serializing one uses no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
