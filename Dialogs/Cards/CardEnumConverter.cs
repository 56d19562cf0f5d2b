using System.Text.Json;
using System.Text.Json.Serialization;

namespace SoKetBot.Dialogs.Cards;

/// <summary>Writes a card enum as its Adaptive Card string: the member name in camelCase ("extraLarge").</summary>
internal sealed class CardEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
