using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SoKetBot.Dialogs.Approvals;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Linking;
using SoKetBot.Dialogs.Notices;
using SoKetBot.Dialogs.Reminders;
using SoKetBot.Dialogs.Reviews;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.Notices;

namespace SoKetBot.Dialogs;

/// <summary>Wires the turn engine and the dialogs.</summary>
public static class DialogsExtensions
{
    public static IHostApplicationBuilder AddDialogs(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ReviewForms>();
        builder.Services.AddSingleton<ReviewSessions>();
        builder.Services.AddSingleton<AccessCodeLockout>();
        builder.Services.AddSingleton<LinkingVerifier>();
        builder.Services.AddSingleton<LinkingDialog>();
        builder.Services.AddSingleton<ReviewGreeting>();
        builder.Services.AddSingleton<AnsweringHandler>();
        builder.Services.AddSingleton<RecordHandler>();
        builder.Services.AddSingleton<SummaryHandler>();
        builder.Services.AddSingleton<ReviewCommands>();
        builder.Services.AddSingleton<ReviewDialog>();
        builder.Services.AddSingleton<ApprovalChain>();
        builder.Services.AddSingleton<SubmittedReviews>();
        builder.Services.AddSingleton(services => new NoticeBoard(
            services.GetRequiredService<INoticeStore>(),
            services.GetRequiredService<ITransactionScope>(),
            services.GetServices<INoticeRenderer>));
        builder.Services.AddSingleton<ApprovalNotices>();
        builder.Services.AddSingleton<INoticeRenderer>(services => services.GetRequiredService<ApprovalNotices>());
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations()
            .Validate(options => options.Validate().Count == 0, "Reminders:Holidays must be dates written yyyy-MM-dd.").ValidateOnStart();
        builder.Services.AddSingleton<ReminderTexts>();
        builder.Services.AddSingleton<INoticeRenderer>(services => services.GetRequiredService<ReminderTexts>());
        builder.Services.AddSingleton<ReminderSweeper>();
        builder.Services.AddSingleton<ReminderDialog>();
        builder.Services.AddSingleton<ApprovalDialog>();
        builder.Services.AddSingleton<ITurnEngine, TurnEngine>();
        return builder;
    }
}
