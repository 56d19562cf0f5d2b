using System.Globalization;
using LiteDB;

namespace SoKetBot.Storage.Database;

/// <summary>Our own BsonMapper: it keeps text exactly as typed and knows DateOnly.</summary>
internal static class SoKetBotMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            // The global defaults trim strings and turn "" into null: an official's text must come back byte for byte.
            TrimWhitespace = false,
            EmptyStringToNull = false,
            SerializeNullValues = false,
            EnumAsInteger = false,
        };
        mapper.RegisterType(
            date => new BsonValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            bson => DateOnly.ParseExact(bson.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        mapper.RegisterType(
            time => new BsonValue(time.ToString("HH:mm", CultureInfo.InvariantCulture)),
            bson => TimeOnly.ParseExact(bson.AsString, "HH:mm", CultureInfo.InvariantCulture));
        return mapper;
    }
}
