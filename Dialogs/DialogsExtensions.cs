using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoKetBot.Dialogs.Engine;

namespace SoKetBot.Dialogs;

/// <summary>Wires the turn engine and the dialogs.</summary>
public static class DialogsExtensions
{
    public static IHostApplicationBuilder AddDialogs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ITurnEngine, TurnEngine>();
        return builder;
    }
}
