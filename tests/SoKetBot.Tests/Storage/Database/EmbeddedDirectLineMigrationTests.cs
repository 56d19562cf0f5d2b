using LiteDB;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.DirectLine;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Tests.Storage.Database;

public sealed class EmbeddedDirectLineMigrationTests : IDisposable
{
    private static readonly DateTime Created = new(2026, 10, 1, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LastActive = new(2026, 10, 2, 3, 4, 5, DateTimeKind.Utc);

    private readonly string dataFile = Path.Combine(Path.GetTempPath(), $"soketbot-migration-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        File.Delete(dataFile);
        File.Delete(Path.ChangeExtension(dataFile, null) + "-log.db");
    }

    [Fact]
    public void Migrate_Version1File_MovesTheEmbeddedChannelToItsOwnId()
    {
        WriteVersion1File();

        using var database = new SoKetBotDatabase(dataFile);

        var links = new ChannelLinkStore(database);
        var moved = links.Find("soketbot-directline|dl_huyen");
        Assert.NotNull(moved);
        Assert.Equal(("soketbot-directline", "dl_huyen", "huyen"), (moved.ChannelId, moved.UserId, moved.OfficialAccount));
        Assert.Null(links.Find("directline|dl_huyen"));
        // Not the page's links: an unknown official, an official with no embedded conversation, a client-chosen id, another channel.
        Assert.NotNull(links.Find("directline|dl_ghost"));
        Assert.NotNull(links.Find("directline|dl_xa"));
        Assert.NotNull(links.Find("directline|r_abc"));
        Assert.NotNull(links.Find("emulator|user-1"));

        var states = new ConversationStateStore(database);
        Assert.Equal("q7", states.Find("soketbot-directline|C1")?.QuestionId);
        Assert.Null(states.Find("directline|C1"));
        Assert.NotNull(states.Find("directline|azure-conv"));

        var deliveries = new CardDeliveryStore(database);
        var delivery = deliveries.Find("card-1#soketbot-directline|C1");
        Assert.Equal(("soketbot-directline|C1", "C1|0000002"), (delivery?.ConversationKey, delivery?.ActivityId));
        Assert.Null(deliveries.Find("card-1#directline|C1"));
        Assert.NotNull(deliveries.Find("card-1#directline|azure-conv"));

        var references = new ConversationReferenceStore(database);
        Assert.Null(references.Find("directline|forged")!.OfficialAccount);
        Assert.Equal("xa", references.Find("directline|azure-conv")!.OfficialAccount);

        var activities = new DirectLineStore(database).ActivitiesAfter("C1", 0, 10);
        Assert.Equal(2, activities.Count);
        Assert.All(activities, activity => Assert.Equal(LastActive, activity.At));
        Assert.Equal(SoKetBotDatabase.SchemaVersion, database.Database.UserVersion);
    }

    [Fact]
    public void Migrate_NewerFile_IsRefused()
    {
        using (var old = Open())
        {
            old.UserVersion = SoKetBotDatabase.SchemaVersion + 1;
        }

        var refused = Assert.Throws<InvalidOperationException>(() => new SoKetBotDatabase(dataFile));

        Assert.Contains("newer", refused.Message, StringComparison.Ordinal);
    }

    // The documents as version 1 wrote them: "directline" everywhere, activities without their time.
    private void WriteVersion1File()
    {
        using var old = Open();
        old.GetCollection(Collections.Officials).Insert([Official("huyen"), Official("xa")]);
        old.GetCollection(Collections.DirectLineConversations).Insert(
        [
            new BsonDocument { ["_id"] = "C1", ["UserId"] = "dl_huyen", ["CreatedAt"] = Created, ["Started"] = true, ["LastSequence"] = 2L, ["LastTimestampTicks"] = LastActive.Ticks },
            new BsonDocument { ["_id"] = "C2", ["CreatedAt"] = Created, ["Started"] = false, ["LastSequence"] = 0L, ["LastTimestampTicks"] = 0L },
            new BsonDocument { ["_id"] = "C3", ["UserId"] = "dl_ghost", ["CreatedAt"] = Created, ["Started"] = false, ["LastSequence"] = 0L, ["LastTimestampTicks"] = 0L },
        ]);
        old.GetCollection(Collections.DirectLineActivities).Insert(
        [
            new BsonDocument { ["_id"] = "C1|0000001", ["ConversationId"] = "C1", ["Sequence"] = 1L, ["Json"] = "{}" },
            new BsonDocument { ["_id"] = "C1|0000002", ["ConversationId"] = "C1", ["Sequence"] = 2L, ["Json"] = "{}" },
        ]);
        old.GetCollection(Collections.ChannelLinks).Insert(
        [
            Link("directline", "dl_huyen", "huyen"),
            Link("directline", "dl_ghost", "ghost"),
            Link("directline", "dl_xa", "xa"),
            Link("directline", "r_abc", "xa"),
            Link("emulator", "user-1", "xa"),
        ]);
        old.GetCollection(Collections.ConversationStates).Insert(
        [
            new BsonDocument { ["_id"] = "directline|C1", ["Mode"] = "Answering", ["QuestionId"] = "q7", ["RecordField"] = -1, ["UpdatedAt"] = LastActive },
            new BsonDocument { ["_id"] = "directline|azure-conv", ["Mode"] = "Idle", ["RecordField"] = -1, ["UpdatedAt"] = LastActive },
        ]);
        old.GetCollection(Collections.CardDeliveries).Insert(
        [
            Delivery("directline|C1", "C1|0000002"),
            Delivery("directline|azure-conv", "azure-activity"),
        ]);
        old.GetCollection(Collections.ConversationReferences).Insert(
        [
            Reference("directline|forged", "dl_huyen", "huyen"),
            Reference("directline|azure-conv", "r_1", "xa"),
        ]);
        old.UserVersion = 1;
    }

    private LiteDatabase Open() => new(new ConnectionString { Filename = dataFile, Connection = ConnectionType.Direct }) { UtcDate = true };

    private static BsonDocument Official(string account) => new() { ["_id"] = account, ["FullName"] = account, ["UnitCode"] = "u", ["Roles"] = "Reporter", ["AccessCodeHash"] = "x" };

    private static BsonDocument Link(string channelId, string userId, string account) => new()
    {
        ["_id"] = ChannelLink.KeyOf(channelId, userId),
        ["ChannelId"] = channelId,
        ["UserId"] = userId,
        ["OfficialAccount"] = account,
        ["LinkedAt"] = Created,
    };

    private static BsonDocument Delivery(string conversationKey, string activityId) => new()
    {
        ["_id"] = CardDelivery.KeyOf("card-1", conversationKey),
        ["CardKey"] = "card-1",
        ["ConversationKey"] = conversationKey,
        ["ActivityId"] = activityId,
        ["DeliveredAt"] = LastActive,
    };

    private static BsonDocument Reference(string id, string userId, string account) => new()
    {
        ["_id"] = id,
        ["ChannelId"] = "directline",
        ["ConversationId"] = id.Split('|')[1],
        ["ServiceUrl"] = "https://attacker.example/",
        ["UserId"] = userId,
        ["BotId"] = "bot",
        ["OfficialAccount"] = account,
        ["UpdatedAt"] = LastActive,
    };
}
