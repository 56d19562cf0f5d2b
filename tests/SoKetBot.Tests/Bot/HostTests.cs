using System.Net;

namespace SoKetBot.Tests.Bot;

public sealed class HostTests
{
    [Fact]
    public async Task Host_HealthEndpoint_AnswersOverKestrel()
    {
        using var app = new SoKetBotApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", app.BaseAddress.Host);
    }
}
