using System.Text.Encodings.Web;
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
internal sealed partial class ProtocolJson : JsonSerializerContext
{
    /// <summary>
    /// For writing: Vietnamese text as UTF-8 rather than \u escapes (a third of the size). The bodies are JSON sent as
    /// application/json, never inlined into HTML, so the relaxed encoder is safe here.
    /// </summary>
    /// <remarks>Created on first use: a static initializer here could run before the generated <see cref="Default"/> exists.</remarks>
    public static ProtocolJson Wire => field ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
