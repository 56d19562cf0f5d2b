namespace SoKetBot.Storage.Notices;

/// <summary>What a notice tells its official.</summary>
public enum NoticeKind
{
    /// <summary>To an approver: a unit below submitted a version (the card to decide from).</summary>
    ReviewSubmitted,

    /// <summary>To an approver who received the card: it was decided; the card is updated in place.</summary>
    CardDecided,

    /// <summary>To the unit's reporters: their review was approved or returned.</summary>
    ReviewDecided,
}
