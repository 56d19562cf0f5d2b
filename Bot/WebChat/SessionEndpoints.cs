using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using SoKetBot.Bot.DirectLine;
using SoKetBot.Storage.DirectLine;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Bot.WebChat;

/// <summary>The page's small API: sign in with an access code, who is signed in, the Direct Line token, sign out.</summary>
internal static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSession(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/session");
        session.MapGet("/", GetSession);
        session.MapPost("/", SignInAsync);
        // Cast: a handler taking only HttpContext would otherwise be bound as a RequestDelegate and its result dropped.
        session.MapPost("/sign-out", (Delegate)SignOutAsync);
        session.MapPost("/chat", OpenChat).RequireAuthorization();
        session.MapGet("/demo-accounts", DemoAccounts);
        return app;
    }

    // No session is an ordinary answer here (204), not an error the browser would log on every visit to the sign-in form.
    private static Results<Ok<SessionResponse>, NoContent> GetSession(ClaimsPrincipal user, IOfficialStore officials, IUnitStore units) =>
        OfficialOf(user, officials) is { } official ? TypedResults.Ok(ToSession(official, units)) : TypedResults.NoContent();

    private static async Task<Results<Ok<SessionResponse>, BadRequest<SignInRefusal>, UnauthorizedHttpResult, JsonHttpResult<SignInRefusal>>> SignInAsync(
        SignInRequest request, HttpContext context, IUnitStore units, PageSignIn signIn, DirectLineHistory history)
    {
        var account = request.Account?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(account) || string.IsNullOrWhiteSpace(request.AccessCode))
        {
            return TypedResults.BadRequest(new SignInRefusal("missing"));
        }

        // Unknown accounts are counted and locked too, and cost the same PBKDF2, so that the answer does not tell which accounts exist.
        var previousSessionId = context.User.FindFirstValue(SessionCheck.SessionClaim);
        var outcome = signIn.SignIn(account, request.AccessCode, previousSessionId, ClientAddress(context));
        if (outcome is not { Official: { } official, Session: { } session })
        {
            return outcome.LockedUntil is { } until
                ? TypedResults.Json(new SignInRefusal("locked", LockedUntil: Utc(until)), statusCode: StatusCodes.Status429TooManyRequests)
                : TypedResults.Json(new SignInRefusal("wrong", RemainingTries: outcome.RemainingTries), statusCode: StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, official.Account), new Claim(ClaimTypes.Name, official.FullName), new Claim(SessionCheck.SessionClaim, session.Id)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        if (previousSessionId is not null)
        {
            // The sign-in replaced the browser's earlier session (PageSignIn deleted it): its sockets go as at a sign-out.
            history.CloseSession(previousSessionId);
        }

        await context.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(identity),
            new AuthenticationProperties { IssuedUtc = Utc(session.SignedInAt), ExpiresUtc = Utc(session.ExpiresAt) });
        return TypedResults.Ok(ToSession(official, units));
    }

    // The session ends on the server first: a copy of the cookie is refused from now on, not only this browser's, and so are
    // the Direct Line tokens the page got with it; the sockets opened with them are closed.
    private static async Task<NoContent> SignOutAsync(HttpContext context)
    {
        if (context.User.FindFirstValue(SessionCheck.SessionClaim) is { } sessionId)
        {
            context.RequestServices.GetRequiredService<PageSignIn>().SignOut(sessionId, context.User.FindFirstValue(ClaimTypes.NameIdentifier), ClientAddress(context));
            context.RequestServices.GetRequiredService<DirectLineHistory>().CloseSession(sessionId);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static string? ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>
    /// A token bound to the official's Direct Line user for their latest conversation, so that coming back (on any
    /// device) continues it. The Direct Line user is linked to the official, so the bot does not ask for the code again.
    /// The token names the page session, and ends with it (<see cref="DirectLineTokens.SessionLasts"/>).
    /// </summary>
    private static Results<Ok<ChatResponse>, UnauthorizedHttpResult> OpenChat(
        ClaimsPrincipal user, IOfficialStore officials, IChannelLinkStore links, DirectLineHistory history, DirectLineTokens tokens, TimeProvider time)
    {
        if (OfficialOf(user, officials) is not { } official)
        {
            return TypedResults.Unauthorized();
        }

        var userId = DirectLineUsers.IdOf(official.Account);
        // Under the embedded channel's own id: an activity posted to /api/messages can never borrow this link.
        var linkId = ChannelLink.KeyOf(EmbeddedDirectLine.TurnChannelId, userId);
        if (links.Find(linkId)?.OfficialAccount != official.Account)
        {
            links.Save(new ChannelLink { Id = linkId, ChannelId = EmbeddedDirectLine.TurnChannelId, UserId = userId, OfficialAccount = official.Account, LinkedAt = time.GetUtcNow().UtcDateTime });
        }

        var conversation = history.LatestOf(userId) ?? history.Create(userId);
        var token = tokens.Issue(conversation.Id, userId, user.FindFirstValue(SessionCheck.SessionClaim));
        return TypedResults.Ok(new ChatResponse(conversation.Id, token, (int)tokens.Lifetime.TotalSeconds, userId, official.FullName));
    }

    private static Results<Ok<List<DemoAccount>>, NotFound> DemoAccounts(IHostEnvironment environment, IOfficialStore officials, IUnitStore units) =>
        environment.IsDevelopment()
            ? TypedResults.Ok(officials.All()
                .OrderBy(official => official.Account, StringComparer.Ordinal)
                .Select(official => new DemoAccount(official.Account, official.FullName, official.Title, units.Find(official.UnitCode)?.Name))
                .ToList())
            : TypedResults.NotFound();

    private static Official? OfficialOf(ClaimsPrincipal user, IOfficialStore officials) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } account ? officials.Find(account) : null;

    private static SessionResponse ToSession(Official official, IUnitStore units) =>
        new(official.Account, official.FullName, official.Title, units.Find(official.UnitCode)?.Name);
}
