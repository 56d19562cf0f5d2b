namespace SoKetBot.Storage.Audit;

/// <summary>What an audit entry records.</summary>
public enum AuditKind
{
    /// <summary>An official signed in on the page.</summary>
    SignIn,

    /// <summary>A wrong account or access code on the page, or a try while locked.</summary>
    SignInFailed,

    /// <summary>An official signed out on the page.</summary>
    SignOut,

    /// <summary>A channel account was linked to an official in chat.</summary>
    Link,

    /// <summary>A wrong account or access code in chat, or a try while locked.</summary>
    LinkFailed,

    /// <summary>Too many wrong codes: an official's sign-in, or a channel account, is locked for a while.</summary>
    LockOut,

    /// <summary>A channel account's link was removed by an administrator.</summary>
    Unlink,
}
