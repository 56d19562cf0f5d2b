using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SoKetBot.Storage.Audit;
using SoKetBot.Storage.Conversations;
using SoKetBot.Storage.Database;
using SoKetBot.Storage.DirectLine;
using SoKetBot.Storage.Notices;
using SoKetBot.Storage.Outbox;
using SoKetBot.Storage.Organisation;
using SoKetBot.Storage.Organisation.Import;
using SoKetBot.Storage.Plans;
using SoKetBot.Storage.Reminders;
using SoKetBot.Storage.Reviews;
using SoKetBot.Storage.Sessions;
using SoKetBot.Storage.Settings;
using SoKetBot.Storage.Turns;

namespace SoKetBot.Storage;

/// <summary>Wires the LiteDB file and its stores.</summary>
public static class StorageExtensions
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var path = options.FullPathOf(builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(_ => new SoKetBotDatabase(path, options.Durability));
        builder.Services.AddSingleton<ITransactionScope>(services => services.GetRequiredService<SoKetBotDatabase>());
        builder.Services.AddSingleton<IUnitStore, UnitStore>();
        builder.Services.AddSingleton<IOfficialStore, OfficialStore>();
        builder.Services.AddSingleton<IChannelLinkStore, ChannelLinkStore>();
        builder.Services.AddSingleton<ILinkAttemptStore, LinkAttemptStore>();
        builder.Services.TryAddSingleton<AccessCodeHashing>();
        builder.Services.TryAddSingleton<IAccessCodeVerifier, AccessCodeVerifier>();
        builder.Services.AddSingleton<IAuditLog, AuditLog>();
        builder.Services.AddSingleton<IWebSessionStore, WebSessionStore>();
        builder.Services.AddSingleton<IPlanStore, PlanStore>();
        builder.Services.TryAddSingleton<OrganisationImporter>();
        builder.Services.AddSingleton<ISubmissionStore, SubmissionStore>();
        builder.Services.AddSingleton<ISubmissionVersionStore, SubmissionVersionStore>();
        builder.Services.AddSingleton<IAnswerStore, AnswerStore>();
        builder.Services.AddSingleton<IDecisionStore, DecisionStore>();
        builder.Services.AddSingleton<INoticeStore, NoticeStore>();
        builder.Services.AddSingleton<ICardDeliveryStore, CardDeliveryStore>();
        builder.Services.AddSingleton<IReminderLog, ReminderLog>();
        builder.Services.AddSingleton<IConversationStateStore, ConversationStateStore>();
        builder.Services.AddSingleton<IConversationReferenceStore, ConversationReferenceStore>();
        builder.Services.AddSingleton<IDirectLineStore, DirectLineStore>();
        builder.Services.AddSingleton<ISettingStore, SettingStore>();
        builder.Services.AddSingleton<IHandledActivityStore, HandledActivityStore>();
        builder.Services.AddSingleton<IOutboxStore, OutboxStore>();
        return builder;
    }
}
