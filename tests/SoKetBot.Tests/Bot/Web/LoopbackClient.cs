using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace SoKetBot.Tests.Bot.Web;

/// <summary>
/// An HttpClient whose connections leave from a chosen loopback address (127.0.0.2, …), so that the bot on
/// 127.0.0.1 sees another client address; and the small requests the web tests make (no cookie container: the
/// session cookie is passed on by hand, since a Secure cookie would not be sent back over http).
/// </summary>
internal static class LoopbackClient
{
    public static HttpClient Create(SoKetBotApplication app, string localAddress = "127.0.0.1")
    {
        var local = IPAddress.Parse(localAddress);
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = app.BaseAddress };
    }

    /// <summary>POST /api/session with <paramref name="headers"/> (e.g. X-Forwarded-Proto).</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string account, string accessCode, params (string Name, string Value)[] headers) =>
        client.SendAsync(Request(HttpMethod.Post, "/api/session", JsonContent.Create(new { account, accessCode }), headers));

    public static HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>The session cookie ("name=value") from a sign-in's Set-Cookie.</summary>
    public static string SessionCookieOf(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Single(cookie => cookie.StartsWith("soketbot.session=", StringComparison.Ordinal)).Split(';')[0];
}
