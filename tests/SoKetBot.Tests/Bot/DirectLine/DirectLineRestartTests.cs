using System.Net;

namespace SoKetBot.Tests.Bot.DirectLine;

public sealed class DirectLineRestartTests
{
    [Fact]
    public async Task Restart_SameDataFile_ClientReconnectsWithItsTokenAndGetsWhatItMissed()
    {
        string conversationId, token, watermark, missedId;
        string dataFile;
        using (var before = new SoKetBotApplication { KeepDataFile = true })
        {
            dataFile = before.DataFile;
            using var client = new DirectLineTestClient(before);
            (conversationId, token, _) = await client.StartAsync();
            await client.PostMessageAsync(conversationId, token, "trước khi khởi động lại");
            (_, watermark, _) = await client.ReadAllAsync(conversationId, token);
            var outbox = (SoKetBot.Bot.DirectLine.IDirectLineOutbox)before.Services.GetService(typeof(SoKetBot.Bot.DirectLine.IDirectLineOutbox))!;
            missedId = outbox.SendToUser("u_xa", new SoKetBot.Bot.Protocol.Activity { Type = "message", Text = "gửi khi trang đóng" });
        }

        using var after = new SoKetBotApplication(dataFile);
        using var again = new DirectLineTestClient(after);
        var (status, body) = await again.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark={watermark}", token);
        using var socket = await DirectLineTestClient.ConnectAsync((string)body!["streamUrl"]!);
        var (missed, _) = await DirectLineTestClient.ReceiveActivitiesAsync(socket, 1);
        var nextId = await again.PostMessageAsync(conversationId, token, "sau khi khởi động lại");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(missedId, (string?)missed.Single()["id"]);
        Assert.Equal("gửi khi trang đóng", (string?)missed.Single()["text"]);
        Assert.Equal($"{conversationId}|{int.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture) + 2:D7}", nextId);
    }
}
