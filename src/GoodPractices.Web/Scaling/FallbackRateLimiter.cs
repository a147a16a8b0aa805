using System.Threading.RateLimiting;
using RedisRateLimiting;

namespace GoodPractices.Web.Scaling;

/// <summary>
/// One client's fixed window, counted in Redis so that every replica refuses a client over its limit alike, and
/// counted by this replica alone while Redis is away (a client then gets up to one limit per replica).
/// </summary>
public sealed class FallbackRateLimiter : RateLimiter
{
    private readonly RedisConnection _connection;
    private readonly RedisFixedWindowRateLimiter<string> _shared;
    private readonly FixedWindowRateLimiter _local;

    public FallbackRateLimiter(RedisConnection connection, string partitionKey, FixedWindowRateLimiterOptions options)
    {
        _connection = connection;
        _shared = new RedisFixedWindowRateLimiter<string>(partitionKey, new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => connection.Multiplexer,
            PermitLimit = options.PermitLimit,
            Window = options.Window,
        });
        _local = new FixedWindowRateLimiter(options);
    }

    public override TimeSpan? IdleDuration =>
        _local.IdleDuration is { } local && _shared.IdleDuration is { } shared ? (local < shared ? local : shared) : null;

    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    // Redis is asked only asynchronously: a synchronous attempt says "not yet", and the middleware then awaits AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        _connection.IsAvailable ? _shared.AttemptAcquire(permitCount) : _local.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (_connection.IsAvailable)
        {
            try
            {
                return await _shared.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (RedisConnection.IsOutage(e))
            {
                _connection.ReportOutage(e);
            }
        }
        return await _local.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _shared.Dispose();
            _local.Dispose();
        }
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _shared.DisposeAsync().ConfigureAwait(false);
        await _local.DisposeAsync().ConfigureAwait(false);
    }
}
