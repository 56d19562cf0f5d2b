namespace SoKetBot.Bot.WebChat;

/// <summary>The sign-in form.</summary>
internal sealed record SignInRequest(string? Account, string? AccessCode);

/// <summary>The signed-in official, as the page shows them.</summary>
internal sealed record SessionResponse(string Account, string FullName, string? Title, string? UnitName);

/// <summary>Why a sign-in was refused; the page words it in Vietnamese.</summary>
internal sealed record SignInRefusal(string Error, int? RemainingTries = null, DateTimeOffset? LockedUntil = null);

/// <summary>What the page needs to open Web Chat on the official's conversation; never the secret.</summary>
internal sealed record ChatResponse(string ConversationId, string Token, int ExpiresIn, string UserId, string UserName);

/// <summary>A demo account listed on the sign-in form in Development.</summary>
internal sealed record DemoAccount(string Account, string FullName, string? Title, string? UnitName);
