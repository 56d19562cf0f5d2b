using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/SoKetBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
