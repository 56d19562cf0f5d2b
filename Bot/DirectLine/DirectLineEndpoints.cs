using System.Globalization;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.DirectLine;

/// <summary>The Direct Line 3.0 REST API under /v3/directline (protocol §4–6, webchat-measured.md).</summary>
internal static partial class DirectLineEndpoints
{
    public const string CorsPolicy = "DirectLine";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var directLine = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        directLine.MapPost("/tokens/generate", GenerateTokenAsync);
        directLine.MapPost("/tokens/refresh", RefreshToken);
        directLine.MapPost("/conversations", StartConversationAsync);
        directLine.MapGet("/conversations/{conversationId}", ResumeConversationAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
        directLine.MapGet("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync);
        return app;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineSecret secret, DirectLineTokens tokens, DirectLineHistory history, CancellationToken cancellationToken)
    {
        var (caller, refusal) = DirectLineCaller.Authenticate(request, secret, tokens);
        if (caller is not { IsSecret: true })
        {
            return refusal ?? DirectLineResults.Error(StatusCodes.Status403Forbidden, "BadArgument", "Tokens are generated with the secret.");
        }

        var (parameters, bad) = await DirectLineBody.ReadAsync(request, DirectLineJson.Default.DirectLineTokenParameters, cancellationToken);
        if (bad is not null)
        {
            return bad;
        }

        var userId = string.IsNullOrWhiteSpace(parameters?.User?.Id) ? null : parameters.User.Id;
        if (DirectLineIds.CheckChosenUser(userId) is { } refused)
        {
            return refused;
        }

        var conversation = history.Create(userId);
        return DirectLineResults.Conversation(TokenResponse(tokens, conversation.Id, userId, sessionId: null));
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineSecret secret, DirectLineTokens tokens)
    {
        var (caller, refusal) = DirectLineCaller.Authenticate(request, secret, tokens);
        if (caller?.Token is not { } token)
        {
            return refusal ?? DirectLineResults.Error(StatusCodes.Status403Forbidden, "BadArgument", "Only a token can be refreshed.");
        }

        // The new token ends with the same page session as the old one: refreshing never outlives a sign-out.
        return DirectLineResults.Conversation(TokenResponse(tokens, token.ConversationId, token.UserId, token.SessionId));
    }

    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineSecret secret, DirectLineTokens tokens, DirectLineHistory history, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (caller, refusal) = DirectLineCaller.Authenticate(request, secret, tokens);
        if (caller is null)
        {
            return refusal!;
        }

        var (parameters, bad) = await DirectLineBody.ReadAsync(request, DirectLineJson.Default.DirectLineTokenParameters, cancellationToken);
        if (bad is not null)
        {
            return bad;
        }

        // The user named in the body counts only when neither the token nor the conversation has one.
        var namedUserId = string.IsNullOrWhiteSpace(parameters?.User?.Id) ? null : parameters.User.Id;
        if (caller.BoundUserId is null && DirectLineIds.CheckChosenUser(namedUserId) is { } refused)
        {
            return refused;
        }

        // With a token the conversation is the token's (made by tokens/generate or the page); with the secret it is new.
        var conversation = caller.Token is { } token ? history.Find(token.ConversationId) : history.Create(userId: null);
        if (conversation is null)
        {
            return NotFound();
        }

        var boundUserId = caller.BoundUserId ?? conversation.UserId;
        var started = caller.MaySpeakIn(conversation) && await TryStartAsync(conversations, conversation.Id, boundUserId ?? namedUserId, ServiceUrlOf(request));
        var response = ConversationResponse(request, tokens, conversation.Id, caller, watermark: 0);
        return DirectLineResults.Conversation(response, started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ResumeConversationAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineSecret secret, DirectLineTokens tokens, DirectLineHistory history, DirectLineConversations conversations)
    {
        var (caller, refusal) = Authorize(request, secret, tokens, conversationId);
        if (caller is null)
        {
            return refusal!;
        }

        if (history.Find(conversationId) is not { } conversation)
        {
            return NotFound();
        }

        // A page that resumes a conversation it got from the server may be the first to open it: greet then.
        if (caller.MaySpeakIn(conversation))
        {
            await TryStartAsync(conversations, conversationId, caller.BoundUserId, ServiceUrlOf(request));
        }

        return DirectLineResults.Conversation(ConversationResponse(request, tokens, conversationId, caller, ParseWatermark(watermark)));
    }

    // A bot that fails to greet must not stop the client from connecting: the failure is logged, and the next resume greets again.
    private static async Task<bool> TryStartAsync(DirectLineConversations conversations, string conversationId, string? userId, string serviceUrl)
    {
        try
        {
            return await conversations.StartAsync(conversationId, userId, serviceUrl);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return false;
        }
    }

    private static (DirectLineCaller? Caller, IResult? Refusal) Authorize(HttpRequest request, DirectLineSecret secret, DirectLineTokens tokens, string conversationId)
    {
        if (DirectLineIds.CheckConversation(conversationId) is { } tooLong)
        {
            return (null, tooLong);
        }

        var (caller, refusal) = DirectLineCaller.Authenticate(request, secret, tokens);
        if (caller is not null && !caller.MayUse(conversationId))
        {
            return (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is for another conversation."));
        }

        return (caller, refusal);
    }

    /// <summary>An empty, missing or malformed watermark means "from the start" (protocol §6.10).</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static IResult NotFound() => DirectLineResults.Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    private static string ServiceUrlOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    private static DirectLineConversationResponse TokenResponse(DirectLineTokens tokens, string conversationId, string? userId, string? sessionId) => new()
    {
        ConversationId = conversationId,
        Token = tokens.Issue(conversationId, userId, sessionId),
        ExpiresIn = (int)tokens.Lifetime.TotalSeconds,
    };

    // The token handed back keeps the caller's user and page session, so that it cannot be traded for one that outlives a sign-out.
    private static DirectLineConversationResponse ConversationResponse(HttpRequest request, DirectLineTokens tokens, string conversationId, DirectLineCaller caller, long watermark)
    {
        var token = tokens.Issue(conversationId, caller.BoundUserId, caller.Token?.SessionId);
        var scheme = request.IsHttps ? "wss" : "ws";
        return new DirectLineConversationResponse
        {
            ConversationId = conversationId,
            Token = token,
            ExpiresIn = (int)tokens.Lifetime.TotalSeconds,
            StreamUrl = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream"
                + $"?t={Uri.EscapeDataString(token)}&watermark={watermark.ToString(CultureInfo.InvariantCulture)}",
        };
    }
}
