using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Notices;

/// <summary>The card deliveries in LiteDB.</summary>
public sealed class CardDeliveryStore(SoKetBotDatabase database) : LiteDbStore<CardDelivery>(database, Collections.CardDeliveries), ICardDeliveryStore;
