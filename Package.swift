// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "factcheck",
  products: [
    .executable(name: "factcheck", targets: ["factcheck"]),
    .library(
      name: "FactCheck",
      targets: ["FactCheckCore", "FactCheckICU", "FactCheckData", "FactCheckReporters"]
    ),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
  ],
  targets: [
    // The system's libicu, seen only through a minimal shim (see Sources/CICU/shim.h).
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev"])]
    ),
    // The system's libxml2 HTML parser, for archives of web pages (see Sources/CLibXML2/shim.h).
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // Pure analysis: text model, numbers, claims, verification. No I/O, no C.
    .target(name: "FactCheckCore"),
    // The only target that touches ICU: segmentation and digit parsing.
    .target(name: "FactCheckICU", dependencies: ["FactCheckCore", "CICU"]),
    // Reads files: documents, datasets, rules.
    .target(
      name: "FactCheckData",
      dependencies: [
        "FactCheckCore", "CLibXML2",
        .product(name: "Yams", package: "Yams"),
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    // Pure renderers: report model -> String.
    .target(name: "FactCheckReporters", dependencies: ["FactCheckCore"]),
    // CI gating: suppression comments, baselines, changed lines (git), path globs.
    .target(name: "FactCheckCI", dependencies: ["FactCheckCore", "FactCheckReporters"]),
    .executableTarget(
      name: "factcheck",
      dependencies: [
        "FactCheckCore", "FactCheckICU", "FactCheckData", "FactCheckReporters", "FactCheckCI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "FactCheckCoreTests", dependencies: ["FactCheckCore", "FactCheckICU"]),
    .testTarget(name: "FactCheckICUTests", dependencies: ["FactCheckICU", "FactCheckCore"]),
    .testTarget(
      name: "FactCheckDataTests", dependencies: ["FactCheckData", "FactCheckCore"],
      exclude: ["Fixtures"]),
    // The whole pipeline on the real Rules/ and Corpus/, and on a made-up second domain.
    .testTarget(
      name: "FactCheckPipelineTests",
      dependencies: ["FactCheckCore", "FactCheckICU", "FactCheckData"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "FactCheckReportersTests",
      dependencies: ["FactCheckReporters", "FactCheckCore", "FactCheckTestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(name: "FactCheckCITests", dependencies: ["FactCheckCI", "FactCheckCore", "FactCheckReporters"]),
    // Runs the built `factcheck` binary: exit codes, JSON shape, standard input.
    .testTarget(name: "FactCheckCLITests", dependencies: ["factcheck", "FactCheckTestSupport"]),
    // Helpers shared by test targets (not a test target itself).
    .target(name: "FactCheckTestSupport", path: "Tests/FactCheckTestSupport"),
    // Archive reading (HTML, JSON Lines, directories) and the `audit` command end to end.
    .testTarget(
      name: "FactCheckAuditTests",
      dependencies: ["FactCheckData", "FactCheckCore", "FactCheckICU", "FactCheckReporters", "factcheck"]),
    // Hostile inputs (broken encodings, huge files, bombs, loops, odd paths) and the fuzzers'
    // regression inputs, through the library and the built binary.
    .testTarget(
      name: "FactCheckHostileTests",
      dependencies: ["FactCheckCore", "FactCheckICU", "FactCheckData", "FactCheckReporters", "factcheck"],
      exclude: ["Regressions"]),
  ],
  swiftLanguageModes: [.v6]
)
