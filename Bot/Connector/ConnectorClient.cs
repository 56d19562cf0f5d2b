using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SoKetBot.Bot.Authentication;
using SoKetBot.Bot.Protocol;

namespace SoKetBot.Bot.Connector;

/// <summary>The Connector REST client, a typed HttpClient; it calls (and sends the bot's token to) allowed serviceUrls only.</summary>
internal sealed class ConnectorClient(HttpClient http, IOutgoingTokenProvider tokens, ServiceUrlPolicy serviceUrls, TimeProvider time) : IConnectorClient
{
    public Task<ConnectorResult> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, activity, activity.ReplyToId, cancellationToken);

    public Task<ConnectorResult> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.Id is { Length: > 0 } id
            ? CallAsync(HttpMethod.Put, activity, id, cancellationToken)
            : Task.FromResult(new ConnectorResult(false, null, null, false, null, "An update needs the id of the activity to replace."));

    private async Task<ConnectorResult> CallAsync(HttpMethod method, Activity activity, string? activityId, CancellationToken cancellationToken)
    {
        if (ConnectorUrls.ParseServiceUrl(activity.ServiceUrl) is not { } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return new ConnectorResult(false, null, null, false, null, "The activity has no absolute http(s) serviceUrl or no conversation id.");
        }

        if (!serviceUrls.IsAllowed(serviceUrl))
        {
            return new ConnectorResult(false, null, null, false, null, $"The serviceUrl host {serviceUrl.Host} is not in Connector:AllowedServiceHosts (or is a private, link-local or metadata address).");
        }

        using var request = new HttpRequestMessage(method, ConnectorUrls.Activities(serviceUrl, conversationId, activityId))
        {
            Content = JsonContent.Create(activity, ProtocolJson.Wire.Activity),
        };
        try
        {
            if (await tokens.GetTokenAsync(serviceUrl, cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }
        catch (OutgoingTokenException exception)
        {
            return new ConnectorResult(false, null, null, exception.Transient, null, exception.Message);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new ConnectorResult(true, await ReadIdAsync(response, cancellationToken), response.StatusCode, false, null, null);
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = response.StatusCode;
            var transient = (int)status >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;
            return new ConnectorResult(false, null, status, transient, RetryAfter(response), $"HTTP {(int)status}: {Truncate(body)}");
        }
        catch (Polly.ExecutionRejectedException exception)
        {
            // The host's circuit is open (it kept failing) or a strategy gave up: the outbox tries again later.
            return new ConnectorResult(false, null, null, true, null, exception.Message);
        }
        catch (HttpRequestException exception)
        {
            return new ConnectorResult(false, null, null, true, null, exception.Message);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout elapsed.
            return new ConnectorResult(false, null, null, true, null, exception.Message);
        }
    }

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        try
        {
            var resource = await response.Content.ReadFromJsonAsync(ProtocolJson.Default.ResourceResponse, cancellationToken);
            return resource?.Id;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            // Delivered all the same: some channels answer 202 with no body.
            return null;
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
