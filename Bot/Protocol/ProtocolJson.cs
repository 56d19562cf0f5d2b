using System.Text.Json;
using System.Text.Json.Serialization;

namespace SoKetBot.Bot.Protocol;

/// <summary>Source-generated JSON for the wire types: camelCase, nulls left out, no reflection per turn.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
internal sealed partial class ProtocolJson : JsonSerializerContext;
