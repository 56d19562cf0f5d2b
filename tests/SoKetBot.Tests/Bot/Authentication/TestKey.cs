using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SoKetBot.Tests.Bot.Authentication;

/// <summary>An RSA signing key made in the test, with its kid and, for a channel key, the channels it is endorsed for.</summary>
internal sealed class TestKey(string keyId, string[]? endorsements)
{
    private readonly RSA rsa = RSA.Create(2048);

    public string KeyId { get; } = keyId;

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(rsa) { KeyId = KeyId }, algorithm);

    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(channel => (JsonNode)channel)]);
        }

        return jwk;
    }

    /// <summary>A token signed with this key.</summary>
    public string CreateToken(string issuer, string? audience, DateTimeOffset now, IDictionary<string, object> claims, TimeSpan? notBeforeOffset = null, TimeSpan? lifetime = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var notBefore = now + (notBeforeOffset ?? TimeSpan.FromMinutes(-1));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = (notBefore + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = Credentials(algorithm),
        });
    }
}
