using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SoKetBot.Bot.DirectLine;

/// <summary>The Direct Line secret: from configuration, or generated at start in Development so that the bot just runs.</summary>
internal sealed class DirectLineSecret
{
    public DirectLineSecret(IOptions<DirectLineOptions> options, IHostEnvironment environment, ILogger<DirectLineSecret> logger)
    {
        Value = string.IsNullOrWhiteSpace(options.Value.Secret) ? null : options.Value.Secret;
        if (Value is not null)
        {
            return;
        }

        if (environment.IsDevelopment())
        {
            Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            logger.SecretGenerated();
        }
        else
        {
            logger.SecretMissing();
        }
    }

    /// <summary>The secret, or null when none is configured outside Development.</summary>
    public string? Value { get; }
}
