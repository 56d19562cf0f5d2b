using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SoKetBot.Bot.Web;

/// <summary>Wires what the bot needs behind a real web server: forwarded headers, HSTS and the security headers, rate limits.</summary>
internal static class WebSecurityExtensions
{
    public static WebApplicationBuilder AddWebSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Also overrides what ASPNETCORE_FORWARDEDHEADERS_ENABLED would set up, which trusts every address.
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            var proxy = trusted.Value;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | (proxy.ForwardHost ? ForwardedHeaders.XForwardedHost : ForwardedHeaders.None);
            forwarded.ForwardLimit = proxy.ForwardLimit;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Proxies())
            {
                forwarded.KnownProxies.Add(address);
            }

            foreach (var network in proxy.Networks())
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        });
        builder.Services.AddOptions<HstsOptions>().Configure<IOptions<SecurityHeadersOptions>>((hsts, headers) =>
        {
            hsts.MaxAge = headers.Value.HstsMaxAge;
            hsts.IncludeSubDomains = headers.Value.HstsIncludeSubDomains;
        });
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) => RateLimits.Configure(limiter, limits.Value));
        return builder;
    }

    /// <summary>Runs first, so that everything after it sees the client's scheme, host and address.</summary>
    public static WebApplication UseWebSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        // Loopback hosts (localhost, 127.0.0.1, [::1]) never get HSTS (HstsOptions.ExcludedHosts).
        if (app.Services.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value.Hsts ?? !app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseRateLimiter();
        return app;
    }
}
