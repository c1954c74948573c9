using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Prongsai.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Prongsai.Benchmarks.MeasuresReportBenchmarks).Assembly).Run(args);
