using KnowledgeGraph.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Ready when the start-up import is done and the store answers.</summary>
public sealed class StoreHealthCheck(IGraphStore store, StartupImport startup) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.Completed)
        {
            return HealthCheckResult.Unhealthy("the start-up import is still running");
        }
        try
        {
            var stats = await store.StatsAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{stats.NodeCount} nodes, {stats.RelationCount} relations");
        }
        catch (GraphStoreUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy("the graph store is unavailable", ex);
        }
    }
}
