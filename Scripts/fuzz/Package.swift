// swift-tools-version: 6.1
// libFuzzer harnesses for factcheck. Built and run only by Scripts/fuzz.sh (with
// -sanitize=fuzzer,address); not part of the main package, `swift build` or `.ci/run`.
import PackageDescription

let harnesses = ["text", "extract", "rules", "dataset", "html", "jsonl"]

let package = Package(
  name: "factcheck-fuzz",
  dependencies: [.package(name: "factcheck", path: "../..")],
  targets: [
    .target(name: "FuzzSupport", dependencies: [.product(name: "FactCheck", package: "factcheck")])
  ] + harnesses.map { name in
    .executableTarget(
      name: "fuzz-\(name)",
      dependencies: ["FuzzSupport", .product(name: "FactCheck", package: "factcheck")],
      path: "Sources/\(name)",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])])
  },
  swiftLanguageModes: [.v6]
)
