using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GoodPractices.Benchmarks;

/// <summary>
/// Columns for every benchmark: medians and the tail, because the machine is shared and noisy and means
/// mislead. P95 and Max bound the p99 from both sides. Jobs come from each class's own config.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}

/// <summary>
/// Fifteen iterations of about half a second after three warm-ups, in process (no generated project to restore):
/// enough for a stable median on a noisy machine, and a whole run of the search benchmarks in minutes.
/// </summary>
public sealed class FastJobConfig : ManualConfig
{
    public FastJobConfig() => AddJob(Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithWarmupCount(3)
        .WithIterationCount(15));
}

/// <summary>A few long iterations: one is a whole index build.</summary>
public sealed class LongJobConfig : ManualConfig
{
    public LongJobConfig() => AddJob(Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(3));
}
