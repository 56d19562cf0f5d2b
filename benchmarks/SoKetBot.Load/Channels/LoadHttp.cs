using System.Net;

namespace SoKetBot.Load.Channels;

/// <summary>One pooled HTTP client for the load: a connection per conversation at once, no cookies, no proxy.</summary>
internal static class LoadHttp
{
    public static HttpClient Create(Uri baseAddress) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        UseCookies = false,
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
        DefaultRequestVersion = HttpVersion.Version11,
    };
}
