namespace SoKetBot.Bot.Connector;

/// <summary>The Connector REST paths (botframework-protocol.md §2.2).</summary>
internal static class ConnectorUrls
{
    /// <summary>
    /// <c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>, with exactly one slash before v3
    /// and the ids escaped as path segments (Direct Line ids contain '|').
    /// </summary>
    public static Uri Activities(Uri serviceUrl, string conversationId, string? replyToId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        var root = serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
        return new Uri(new Uri(root), path);
    }

    /// <summary>An absolute http(s) URL, or null for anything a channel could not have meant.</summary>
    public static Uri? ParseServiceUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
