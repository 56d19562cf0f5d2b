namespace SoKetBot.Bot.Authentication;

/// <summary>The bot could not get its Connector token; <see cref="Transient"/> when another attempt may succeed.</summary>
internal sealed class OutgoingTokenException(string message, bool transient, Exception? inner = null) : Exception(message, inner)
{
    public bool Transient { get; } = transient;
}
