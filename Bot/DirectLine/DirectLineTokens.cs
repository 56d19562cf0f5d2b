using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SoKetBot.Storage.Settings;

namespace SoKetBot.Bot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: JWT-shaped (HS256), so that Web Chat can read the <c>user</c> claim and
/// pin its user id (protocol §6.1), signed with a key that survives restarts.
/// </summary>
internal sealed class DirectLineTokens
{
    private const string SigningKeySetting = "directline.token-signing-key";
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly byte[] key;
    private readonly TimeProvider time;
    private readonly TimeSpan lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, ISettingStore settings, TimeProvider time)
    {
        var configured = options.Value.TokenSigningKey;
        key = string.IsNullOrWhiteSpace(configured)
            ? Convert.FromBase64String(settings.GetOrAdd(SigningKeySetting, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))))
            : Convert.FromBase64String(configured);
        if (key.Length < 32)
        {
            throw new InvalidOperationException("DirectLine:TokenSigningKey must be at least 32 bytes (base64).");
        }

        this.time = time;
        lifetime = TimeSpan.FromMinutes(options.Value.TokenLifetimeMinutes);
    }

    public TimeSpan Lifetime => lifetime;

    public string Issue(string conversationId, string? userId)
    {
        var now = time.GetUtcNow();
        var claims = new DirectLineTokenClaims
        {
            Conv = conversationId,
            User = userId,
            Iat = now.ToUnixTimeSeconds(),
            Exp = (now + lifetime).ToUnixTimeSeconds(),
        };
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJson.Default.DirectLineTokenClaims));
        return $"{Header}.{payload}.{Sign($"{Header}.{payload}")}";
    }

    /// <summary>Reads a token: <see cref="DirectLineTokenCheck.Valid"/> with its grant, or why it is refused.</summary>
    public (DirectLineTokenCheck Check, DirectLineToken? Token) Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return (DirectLineTokenCheck.Invalid, null);
        }

        var expected = Encoding.ASCII.GetBytes(Sign($"{parts[0]}.{parts[1]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return (DirectLineTokenCheck.Invalid, null);
        }

        DirectLineTokenClaims? claims;
        try
        {
            claims = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), DirectLineJson.Default.DirectLineTokenClaims);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return (DirectLineTokenCheck.Invalid, null);
        }

        if (claims?.Conv is null)
        {
            return (DirectLineTokenCheck.Invalid, null);
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(claims.Exp);
        return time.GetUtcNow() >= expiresAt
            ? (DirectLineTokenCheck.Expired, null)
            : (DirectLineTokenCheck.Valid, new DirectLineToken(claims.Conv, claims.User, expiresAt));
    }

    private string Sign(string content) => Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(content)));
}
