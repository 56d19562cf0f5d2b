using Microsoft.AspNetCore.Authentication.Cookies;

namespace SoKetBot.Bot.WebChat;

/// <summary>Wires the page at / (sign-in, then Web Chat) and its session API.</summary>
internal static class WebChatExtensions
{
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PageSignIn>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "soketbot.session";
            cookie.Cookie.HttpOnly = true;
            // Strict: the session API is never called from another site, which is also our CSRF defence.
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The server session (PageSignIn) ends at a fixed time; the cookie ends with it rather than sliding past it.
            cookie.ExpireTimeSpan = PageSignIn.SessionLifetime;
            cookie.SlidingExpiration = false;
            cookie.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
            // An API, not pages: answer 401/403 instead of redirecting to a login page.
            cookie.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static WebApplication UseWebChat(this WebApplication app)
    {
        app.MapPage();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapSession();
        return app;
    }
}
