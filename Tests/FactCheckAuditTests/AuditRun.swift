import Foundation
import Testing

/// Runs the built `factcheck audit` from the repository root, output to files in a scratch folder.
struct AuditRun {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var binary: URL {
    #if DEBUG
      let mode = "debug"
    #else
      let mode = "release"
    #endif
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    return [beside.appendingPathComponent("factcheck"),
            beside.deletingLastPathComponent().appendingPathComponent("factcheck"),
            root.appendingPathComponent(".build/\(mode)/factcheck")]
      .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? root.appendingPathComponent(".build/\(mode)/factcheck")
  }

  static func scratch() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  var status: Int32
  var stdout: Data
  var stderr: String

  var lines: [[String: Any]] {
    String(decoding: stdout, as: UTF8.self).split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  /// `factcheck audit args…`; `input` goes to standard input.
  @discardableResult
  static func run(_ args: [String], input: String = "") throws -> AuditRun {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (inp, out, err) = (dir.appendingPathComponent("in"), dir.appendingPathComponent("out"), dir.appendingPathComponent("err"))
    try Data(input.utf8).write(to: inp)
    for f in [out, err] { try Data().write(to: f) }
    let p = Process()
    p.executableURL = binary
    p.arguments = ["audit"] + args
    p.currentDirectoryURL = root
    p.standardInput = try FileHandle(forReadingFrom: inp)
    p.standardOutput = try FileHandle(forWritingTo: out)
    p.standardError = try FileHandle(forWritingTo: err)
    try p.run()
    p.waitUntilExit()
    return AuditRun(status: p.terminationStatus, stdout: try Data(contentsOf: out),
                    stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
  }
}
