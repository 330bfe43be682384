import Foundation
import Testing

/// Runs the built `factcheck` binary from the repository root.
struct BinaryRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The repository root, three levels above this file (Tests/FactCheckCLITests/…).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The binary of this build: beside the test bundle, else `.build/debug` or `.build/release`
  /// by the mode these tests were compiled in.
  static func binary() -> URL? {
    #if DEBUG
      let mode = "debug"
    #else
      let mode = "release"
    #endif
    let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    let candidates = [
      bundleDir.appendingPathComponent("factcheck"),
      bundleDir.deletingLastPathComponent().appendingPathComponent("factcheck"),
      root.appendingPathComponent(".build/\(mode)/factcheck"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Runs `factcheck args…` in the repository root, feeding `input` on standard input.
  static func run(_ args: [String], input: String? = nil, executable: URL? = nil,
                  directory: URL = root, sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
    guard let exe = executable ?? binary() else {
      Issue.record("factcheck binary not found beside the tests or in .build/; run `swift build` first",
                   sourceLocation: sourceLocation)
      throw Missing()
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-cli-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out")
    let err = dir.appendingPathComponent("err")
    let inp = dir.appendingPathComponent("in")
    for f in [out, err, inp] { FileManager.default.createFile(atPath: f.path, contents: nil) }
    if let input { try Data(input.utf8).write(to: inp) }
    let p = Process()
    p.executableURL = exe
    p.arguments = args
    p.currentDirectoryURL = directory
    p.environment = ProcessInfo.processInfo.environment.filter { $0.key != "FACTCHECK_SHARE" }
    p.standardInput = try FileHandle(forReadingFrom: inp)
    p.standardOutput = try FileHandle(forWritingTo: out)
    p.standardError = try FileHandle(forWritingTo: err)
    try p.run()
    p.waitUntilExit()
    return Result(status: p.terminationStatus,
                  stdout: try String(contentsOf: out, encoding: .utf8),
                  stderr: try String(contentsOf: err, encoding: .utf8))
  }

  /// The binary copied alone into a fresh folder, where no bundled Corpus/ can be found.
  static func isolatedCopy(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
    guard let exe = binary() else {
      Issue.record("factcheck binary not found beside the tests or in .build/; run `swift build` first",
                   sourceLocation: sourceLocation)
      throw Missing()
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-alone-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let copy = dir.appendingPathComponent("factcheck")
    try FileManager.default.copyItem(at: exe, to: copy)
    return copy
  }

  struct Missing: Error {}
}
