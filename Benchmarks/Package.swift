// swift-tools-version: 6.1
// Benchmarks for factcheck, kept out of the main package so `swift build` and `swift test` there
// never fetch or build the benchmark harness. Run from this folder:
//   swift package benchmark
import PackageDescription

let package = Package(
  name: "FactCheckBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "factcheck", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "FactCheckBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "FactCheck", package: "factcheck"),
      ],
      path: "Benchmarks/FactCheckBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
