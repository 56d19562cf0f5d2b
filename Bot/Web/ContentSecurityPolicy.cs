using System.Security.Cryptography;

namespace SoKetBot.Bot.Web;

/// <summary>
/// The page's Content-Security-Policy. Scripts come only from the bot itself (the page has no inline script); Web
/// Chat's styles (emotion) are injected as &lt;style&gt; elements carrying the response's nonce, which the page hands
/// to Web Chat; the WebSocket goes only to this host. No 'unsafe-inline', no 'unsafe-eval'.
/// </summary>
internal static class ContentSecurityPolicy
{
    /// <summary>A fresh nonce for one response (128 random bits, base64).</summary>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    /// <summary>The page's policy for <paramref name="request"/> (its scheme and host after forwarded headers).</summary>
    public static string ForPage(HttpRequest request, string nonce)
    {
        var webSocket = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}";
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            $"style-src 'self' 'nonce-{nonce}'",
            // data: for the page's empty favicon and Web Chat's inline icons; blob: for images Web Chat makes itself.
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            $"connect-src 'self' {webSocket}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }
}
