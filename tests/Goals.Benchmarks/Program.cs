using BenchmarkDotNet.Running;

// Full run: dotnet run -c Release --project tests/Goals.Benchmarks -- --filter '*'
// Quick run: add --job short
BenchmarkSwitcher.FromAssembly(typeof(Goals.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
