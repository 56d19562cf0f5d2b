using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SoKetBot.Storage.Sessions;

namespace SoKetBot.Bot.WebChat;

/// <summary>
/// Checks on every request that the cookie's session still exists on the server (one lookup in memory, see
/// <see cref="WebSessionStore"/>), so that a signed-out or expired session's cookie, even a copy, gets nowhere.
/// </summary>
internal static class SessionCheck
{
    /// <summary>The claim that carries the server session's id.</summary>
    public const string SessionClaim = "soketbot:session";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var principal = context.Principal;
        if (principal?.FindFirstValue(SessionClaim) is { } id
            && services.GetRequiredService<IWebSessionStore>().FindActive(id, now) is { } session
            && session.Account == principal.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
