using SoKetBot.Storage.Database;

namespace SoKetBot.Storage.Notices;

/// <summary>The card deliveries kept.</summary>
public interface ICardDeliveryStore : IStore<CardDelivery>;
