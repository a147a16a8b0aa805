using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/GoodPractices.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new GoodPractices.Benchmarks.BenchmarkConfig());
