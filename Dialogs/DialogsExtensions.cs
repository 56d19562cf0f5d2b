using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SoKetBot.Dialogs.Engine;
using SoKetBot.Dialogs.Linking;
using SoKetBot.Dialogs.Reviews;

namespace SoKetBot.Dialogs;

/// <summary>Wires the turn engine and the dialogs.</summary>
public static class DialogsExtensions
{
    public static IHostApplicationBuilder AddDialogs(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ReviewForms>();
        builder.Services.AddSingleton<ReviewSessions>();
        builder.Services.AddSingleton<LinkingDialog>();
        builder.Services.AddSingleton<ReviewDialog>();
        builder.Services.AddSingleton<ITurnEngine, TurnEngine>();
        return builder;
    }
}
