using LiteDB;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.DirectLine;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Organisation;

namespace SoKetBot.Storage.Database.Migrations;

/// <summary>
/// Version 1 → 2: the embedded Direct Line channel gets its own channel id (<see cref="EmbeddedDirectLine.TurnChannelId"/>).
/// What the page and the embedded turns stored under "directline" moves to it: the page's links (<c>dl_&lt;account&gt;</c> of an
/// existing official, with a conversation in the embedded store), the conversation states and card deliveries of embedded
/// conversations. Conversation references of /api/messages that borrowed a moved link lose their official. Activities get
/// the time they are kept from.
/// </summary>
internal static class EmbeddedDirectLineMigration
{
    private const string OldPrefix = EmbeddedDirectLine.WireChannelId + "|";

    public static void Run(LiteDatabase database)
    {
        var conversations = database.GetCollection(Collections.DirectLineConversations).FindAll().ToList();
        var embedded = conversations.Select(conversation => conversation["_id"].AsString).ToHashSet(StringComparer.Ordinal);
        var boundUsers = conversations.Select(conversation => conversation["UserId"]).Where(user => user.IsString).Select(user => user.AsString).ToHashSet(StringComparer.Ordinal);
        var moved = MoveLinks(database, boundUsers);
        ForgetBorrowedLinks(database, moved);
        MoveConversationStates(database, embedded);
        MoveCardDeliveries(database, embedded);
        StampActivities(database, conversations);
    }

    private static HashSet<string> MoveLinks(LiteDatabase database, HashSet<string> boundUsers)
    {
        var links = database.GetCollection(Collections.ChannelLinks);
        var officials = database.GetCollection(Collections.Officials);
        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in links.Find(Query.EQ("ChannelId", EmbeddedDirectLine.WireChannelId)).ToList())
        {
            var userId = link["UserId"].AsString ?? string.Empty;
            var account = link["OfficialAccount"].AsString;
            if (!userId.StartsWith(EmbeddedDirectLine.OfficialUserPrefix, StringComparison.Ordinal)
                || userId[EmbeddedDirectLine.OfficialUserPrefix.Length..] != account
                || officials.FindById(account) is null
                || !boundUsers.Contains(userId))
            {
                continue;
            }

            links.Delete(link["_id"]);
            link["_id"] = ChannelLink.KeyOf(EmbeddedDirectLine.TurnChannelId, userId);
            link["ChannelId"] = EmbeddedDirectLine.TurnChannelId;
            links.Upsert(link);
            moved.Add(userId);
        }

        return moved;
    }

    // An activity posted to /api/messages as "directline"/dl_<account> was answered as the official through the page's link:
    // its conversation must not keep receiving the official's notices.
    private static void ForgetBorrowedLinks(LiteDatabase database, HashSet<string> movedUsers)
    {
        var references = database.GetCollection(Collections.ConversationReferences);
        foreach (var reference in references.Find(Query.EQ("ChannelId", EmbeddedDirectLine.WireChannelId)).ToList())
        {
            if (reference["UserId"].IsString && movedUsers.Contains(reference["UserId"].AsString) && !reference["OfficialAccount"].IsNull)
            {
                reference.Remove("OfficialAccount");
                references.Update(reference);
            }
        }
    }

    private static void MoveConversationStates(LiteDatabase database, HashSet<string> embedded)
    {
        var states = database.GetCollection(Collections.ConversationStates);
        foreach (var state in states.Find(Query.StartsWith("_id", OldPrefix)).ToList())
        {
            var id = state["_id"].AsString;
            if (id.StartsWith(OldPrefix, StringComparison.Ordinal) && embedded.Contains(id[OldPrefix.Length..]))
            {
                states.Delete(id);
                state["_id"] = ConversationState.KeyOf(EmbeddedDirectLine.TurnChannelId, id[OldPrefix.Length..]);
                states.Upsert(state);
            }
        }
    }

    private static void MoveCardDeliveries(LiteDatabase database, HashSet<string> embedded)
    {
        var deliveries = database.GetCollection(Collections.CardDeliveries);
        foreach (var delivery in deliveries.FindAll().ToList())
        {
            var conversationKey = delivery["ConversationKey"].AsString;
            if (conversationKey is null || !conversationKey.StartsWith(OldPrefix, StringComparison.Ordinal) || !embedded.Contains(conversationKey[OldPrefix.Length..]))
            {
                continue;
            }

            var newKey = ConversationState.KeyOf(EmbeddedDirectLine.TurnChannelId, conversationKey[OldPrefix.Length..]);
            deliveries.Delete(delivery["_id"]);
            delivery["_id"] = CardDelivery.KeyOf(delivery["CardKey"].AsString, newKey);
            delivery["ConversationKey"] = newKey;
            deliveries.Upsert(delivery);
        }
    }

    // Version 1 did not record when an activity was added; its conversation's last timestamp is an upper bound, so the
    // retention never removes one earlier than it should.
    private static void StampActivities(LiteDatabase database, List<BsonDocument> conversations)
    {
        var activities = database.GetCollection(Collections.DirectLineActivities);
        foreach (var conversation in conversations)
        {
            var ticks = conversation["LastTimestampTicks"].IsNumber ? conversation["LastTimestampTicks"].AsInt64 : 0;
            var at = ticks > 0 ? new DateTime(ticks, DateTimeKind.Utc) : conversation["CreatedAt"].AsDateTime;
            foreach (var activity in activities.Find(Query.EQ("ConversationId", conversation["_id"])).ToList())
            {
                activity["At"] = at;
                activities.Update(activity);
            }
        }
    }
}
