using System.Net.Sockets;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GoodPractices.Web.Scaling;

/// <summary>
/// The one connection to Redis this replica shares between its output cache, rate limiter, data protection keys and
/// health check. It never fails the site: while Redis is away, <see cref="IsAvailable"/> is false, callers fall back
/// to what this process holds, the outage is logged once, and the multiplexer reconnects on its own.
/// </summary>
public sealed partial class RedisConnection : IDisposable
{
    private readonly ILogger<RedisConnection> _logger;
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;
    private int _down;

    public RedisConnection(IOptions<ScalingOptions> options, ILogger<RedisConnection> logger)
    {
        _logger = logger;
        var configuration = Configure(options.Value.Redis ?? throw new InvalidOperationException("GoodPractices:Redis is not set."));
        _multiplexer = new Lazy<ConnectionMultiplexer>(() => Connect(configuration), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The multiplexer, connecting on first use; it exists even while Redis is unreachable.</summary>
    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    /// <summary>Whether a command sent now can reach Redis.</summary>
    public bool IsAvailable => Multiplexer.IsConnected;

    /// <summary>Tells whether an exception means Redis could not be reached or did not answer in time.</summary>
    public static bool IsOutage(Exception exception) =>
        exception is RedisException or TimeoutException or SocketException or ObjectDisposedException;

    /// <summary>Records that a command failed because Redis is away; logged once per outage.</summary>
    public void ReportOutage(Exception exception)
    {
        // A command sent before a reconnection may fail after it: that is not a new outage.
        if (!IsAvailable && Interlocked.Exchange(ref _down, 1) == 0) LogUnavailable(exception, Describe());
    }

    internal static ConfigurationOptions Configure(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        // Start and keep running without Redis: commands fail at once instead of queueing, and reconnection is
        // retried every second, so a restarted Redis is back in use within a few seconds.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);
        if (!connectionString.Contains("connectTimeout", StringComparison.OrdinalIgnoreCase)) configuration.ConnectTimeout = 2000;
        // A page served from the index in a few milliseconds must not wait seconds for a cache that hangs.
        if (!connectionString.Contains("asyncTimeout", StringComparison.OrdinalIgnoreCase)) configuration.AsyncTimeout = 1000;
        if (!connectionString.Contains("syncTimeout", StringComparison.OrdinalIgnoreCase)) configuration.SyncTimeout = 1000;
        return configuration;
    }

    private ConnectionMultiplexer Connect(ConfigurationOptions configuration)
    {
        var multiplexer = ConnectionMultiplexer.Connect(configuration);
        multiplexer.ConnectionFailed += (_, failed) =>
        {
            if (Interlocked.Exchange(ref _down, 1) == 0) LogUnavailable(failed.Exception, Describe());
        };
        multiplexer.ConnectionRestored += (_, _) =>
        {
            if (Interlocked.Exchange(ref _down, 0) == 1) LogRestored(Describe());
        };
        if (multiplexer.IsConnected) LogConnected(Describe(multiplexer));
        else if (Interlocked.Exchange(ref _down, 1) == 0) LogUnavailable(null, Describe(multiplexer));
        return multiplexer;
    }

    private string Describe() => _multiplexer.IsValueCreated ? Describe(_multiplexer.Value) : "Redis";

    private static string Describe(ConnectionMultiplexer multiplexer) =>
        string.Join(", ", multiplexer.GetEndPoints().Select(endpoint => endpoint.ToString()));

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated) _multiplexer.Value.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sharing the output cache and rate limits through Redis at {RedisEndpoint}")]
    private partial void LogConnected(string redisEndpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {RedisEndpoint} is unreachable: serving without the shared cache, " +
        "with this replica's own rate limits, until it returns")]
    private partial void LogUnavailable(Exception? exception, string redisEndpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis at {RedisEndpoint} is reachable again: the shared cache and rate limits are back")]
    private partial void LogRestored(string redisEndpoint);
}
