using Microsoft.Net.Http.Headers;
using SoKetBot.Bot.Web;

namespace SoKetBot.Bot.WebChat;

/// <summary>
/// The page itself (wwwroot/index.html at / and /index.html), with a fresh CSP nonce in each response: the page's
/// script hands it to Web Chat for the styles Web Chat injects. The other files of wwwroot are static files.
/// </summary>
internal static class PageEndpoint
{
    public const string NoncePlaceholder = "__CSP_NONCE__";

    public static IEndpointRouteBuilder MapPage(this IEndpointRouteBuilder app)
    {
        var page = new Lazy<string>(() => ReadPage(app.ServiceProvider.GetRequiredService<IWebHostEnvironment>()));
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/", methods, (HttpContext context) => Serve(context, page.Value)).ExcludeFromDescription();
        app.MapMethods("/index.html", methods, (HttpContext context) => Serve(context, page.Value)).ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext context, string page)
    {
        var nonce = ContentSecurityPolicy.NewNonce();
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy.ForPage(context.Request, nonce);
        // Each answer has its own nonce, so no cache may keep one.
        headers.CacheControl = "no-store";
        return Results.Content(page.Replace(NoncePlaceholder, nonce, StringComparison.Ordinal), "text/html; charset=utf-8");
    }

    private static string ReadPage(IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("index.html");
        if (!file.Exists)
        {
            throw new FileNotFoundException("The page wwwroot/index.html is missing.", "index.html");
        }

        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }
}
