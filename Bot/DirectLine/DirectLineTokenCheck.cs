namespace SoKetBot.Bot.DirectLine;

/// <summary>Why a token was accepted or refused.</summary>
internal enum DirectLineTokenCheck
{
    Valid,
    Invalid,
    Expired,
}
