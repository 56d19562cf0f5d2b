namespace SoKetBot.Bot.Observability;

/// <summary>Why a request was refused, as counted by <c>soketbot.requests.refused</c>.</summary>
internal enum RefusalReason
{
    /// <summary>No valid token (401).</summary>
    Unauthenticated,

    /// <summary>A valid token that may not do this (403), e.g. a key not endorsed for the channel.</summary>
    Forbidden,

    /// <summary>An activity whose serviceUrl is not a host the bot may call.</summary>
    ServiceUrl,

    /// <summary>A rate limit reached (429).</summary>
    RateLimited,
}

/// <summary>The tag values of <see cref="RefusalReason"/>.</summary>
internal static class RefusalReasons
{
    public static string TagOf(RefusalReason reason) => reason switch
    {
        RefusalReason.Unauthenticated => "unauthenticated",
        RefusalReason.Forbidden => "forbidden",
        RefusalReason.ServiceUrl => "service-url",
        RefusalReason.RateLimited => "rate-limited",
        _ => "other",
    };
}
