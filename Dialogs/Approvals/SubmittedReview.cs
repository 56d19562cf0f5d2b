using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Reviews;

namespace SoKetBot.Dialogs.Approvals;

/// <summary>Everything an approval card shows about one submitted version.</summary>
internal sealed record SubmittedReview(
    ReviewForm Form,
    Unit Unit,
    Submission Submission,
    SubmissionVersion Version,
    string SubmitterName,
    SubmissionVersion? Returned,
    Decision? Decision,
    string? DeciderName);
