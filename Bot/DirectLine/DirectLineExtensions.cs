namespace SoKetBot.Bot.DirectLine;

/// <summary>Wires the embedded Direct Line channel.</summary>
internal static class DirectLineExtensions
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DirectLineSecret>();
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<DirectLineHistory>();
        builder.Services.AddSingleton<DirectLineConversations>();
        builder.Services.AddSingleton<IDirectLineOutbox>(services => services.GetRequiredService<DirectLineConversations>());
        builder.Services.AddSingleton<DirectLineRetention>();
        builder.Services.AddSingleton<Maintenance.IRetentionTask>(services => services.GetRequiredService<DirectLineRetention>());

        // Any origin may call, with the headers DirectLineJS sends (webchat-measured.md §1); credentials are bearer tokens, never cookies.
        builder.Services.AddCors(cors => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent", "X-Requested-With")
            .WithMethods("GET", "POST", "OPTIONS")));
        return builder;
    }

    public static WebApplication UseDirectLine(this WebApplication app)
    {
        // Built now, so that a generated Development secret is logged at start, not at the first request.
        _ = app.Services.GetRequiredService<DirectLineSecret>();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.MapDirectLine();
        return app;
    }
}
