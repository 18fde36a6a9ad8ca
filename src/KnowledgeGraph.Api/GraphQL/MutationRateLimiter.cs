using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Caps mutations with the token bucket ASP.NET Core's rate limiter is built on. The middleware itself
/// cannot tell a mutation from a query (both are POST /graphql), so the resolver asks after the key check.
/// </summary>
public sealed class MutationRateLimiter(IOptions<ApiOptions> options) : IDisposable
{
    private readonly TokenBucketRateLimiter _limiter = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = options.Value.MutationsPerMinute,
        TokensPerPeriod = options.Value.MutationsPerMinute,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    public void Acquire()
    {
        using var lease = _limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            throw new ExecutionError($"More than {options.Value.MutationsPerMinute} mutations a minute; try again shortly.") { Code = ErrorCodes.RateLimited };
        }
    }

    public void Dispose() => _limiter.Dispose();
}
