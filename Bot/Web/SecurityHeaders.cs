using Microsoft.Net.Http.Headers;

namespace SoKetBot.Bot.Web;

/// <summary>
/// The headers every response carries (the page, its static files, the APIs): no MIME sniffing, no framing, no
/// referrer, and, unless the response set its own (the page does, see <see cref="ContentSecurityPolicy"/>), a CSP that
/// allows nothing, for an API answer opened as a document.
/// </summary>
internal static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Adds the headers when the response starts, so that they survive the exception handler's reset.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            Apply(((HttpContext)state).Response.Headers);
            return Task.CompletedTask;
        }, context);
        return next(context);
    });

    private static void Apply(IHeaderDictionary headers)
    {
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = ApiPolicy;
        }
    }
}
