using Microsoft.Extensions.Hosting;

namespace SoKetBot.Storage.Plans;

// Keeps the plans the bot runs with in the data file, so that submissions and exports can be read against them later.
internal sealed class PlanKeeper(PlanCatalog catalog, IPlanStore store, Database.ITransactionScope transaction) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        transaction.Run(() =>
        {
            foreach (var plan in catalog.All)
            {
                store.Save(plan);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
