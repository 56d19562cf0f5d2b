using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SoKetBot.Storage.Sessions;
using SoKetBot.Storage.Settings;

namespace SoKetBot.Bot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: JWT-shaped (HS256), so that Web Chat can read the <c>user</c> claim and
/// pin its user id (protocol §6.1), signed with a key that survives restarts. A token the page issued names its session
/// (<c>sid</c>) and is refused as expired once that session has ended (signed out, replaced, unlinked, or past its 12 hours).
/// </summary>
internal sealed class DirectLineTokens
{
    private const string SigningKeySetting = "directline.token-signing-key";
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly byte[] key;
    private readonly IWebSessionStore sessions;
    private readonly TimeProvider time;
    private readonly TimeSpan lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, ISettingStore settings, IWebSessionStore sessions, TimeProvider time)
    {
        var configured = options.Value.TokenSigningKey;
        key = string.IsNullOrWhiteSpace(configured)
            ? Convert.FromBase64String(settings.GetOrAdd(SigningKeySetting, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))))
            : Convert.FromBase64String(configured);
        if (key.Length < 32)
        {
            throw new InvalidOperationException("DirectLine:TokenSigningKey must be at least 32 bytes (base64).");
        }

        this.sessions = sessions;
        this.time = time;
        lifetime = TimeSpan.FromMinutes(options.Value.TokenLifetimeMinutes);
    }

    public TimeSpan Lifetime => lifetime;

    /// <summary>A token for the conversation, bound to <paramref name="userId"/> if given, and ending with page session <paramref name="sessionId"/> if given.</summary>
    public string Issue(string conversationId, string? userId, string? sessionId = null)
    {
        var now = time.GetUtcNow();
        var claims = new DirectLineTokenClaims
        {
            Conv = conversationId,
            User = userId,
            Sid = sessionId,
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
        var grant = new DirectLineToken(claims.Conv, claims.User, expiresAt, claims.Sid);
        return time.GetUtcNow() >= expiresAt || !SessionLasts(grant)
            ? (DirectLineTokenCheck.Expired, null)
            : (DirectLineTokenCheck.Valid, grant);
    }

    /// <summary>
    /// Whether the page session the token belongs to still exists, for the same official (the lookup the cookie's check
    /// makes: in memory for a live session). Always true for a token without a session.
    /// </summary>
    public bool SessionLasts(DirectLineToken token) =>
        token.SessionId is not { } sessionId
        || (sessions.FindActive(sessionId, time.GetUtcNow().UtcDateTime) is { } session && DirectLineUsers.IdOf(session.Account) == token.UserId);

    private string Sign(string content) => Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(content)));
}
