import FactCheckCore
import FactCheckData
import FactCheckICU
import Foundation
import Testing

/// The repository root and a scratch folder per test.
enum Repo {
  static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let root = tests.deletingLastPathComponent().deletingLastPathComponent()
  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
  static let regressions = tests.appendingPathComponent("Regressions").path
}

/// A fresh temporary folder, removed by `cleanup()`.
struct Scratch {
  let url: URL
  var path: String { url.path }

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-hostile-\(UUID())")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  @discardableResult
  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let u = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: u)
    return u.path
  }

  @discardableResult
  func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

  func cleanup() { try? FileManager.default.removeItem(at: url) }
}

let segmenter: ICUSegmenter = {
  do { return try ICUSegmenter() } catch { fatalError("ICU segmenter: \(error)") }
}()

/// The real Rules/ and Corpus/, as `factcheck check` loads them.
let setup: Setup = {
  do {
    return try Setup(corpus: DatasetLoader.loadCorpus(Repo.path("Corpus")), ruleFolders: [Repo.path("Rules")])
  } catch {
    fatalError("cannot load Rules/ and Corpus/: \(error)")
  }
}()

func checkText(_ text: String, name: String = "test") -> DocumentReport {
  setup.checker.run(Document(name: name, text: text), segmenter: segmenter,
                    options: .init(published: CalendarDate(iso: "2020-11-05")!))
}

/// Runs the built `factcheck` binary.
enum Binary {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
  }

  static func executable() -> URL? {
    #if DEBUG
      let mode = "debug"
    #else
      let mode = "release"
    #endif
    let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    return [
      bundleDir.appendingPathComponent("factcheck"),
      bundleDir.deletingLastPathComponent().appendingPathComponent("factcheck"),
      Repo.root.appendingPathComponent(".build/\(mode)/factcheck"),
    ].first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  struct Missing: Error {}

  /// Runs `factcheck args…` in `directory` (default: the repository root); output through files.
  static func run(_ args: [String], in directory: URL = Repo.root, stdout: String? = nil,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Result {
    guard let exe = executable() else {
      Issue.record("factcheck binary not found; run `swift build` first", sourceLocation: sourceLocation)
      throw Missing()
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-run-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = stdout.map { URL(fileURLWithPath: $0) } ?? dir.appendingPathComponent("out")
    let err = dir.appendingPathComponent("err")
    for f in [out, err] where !FileManager.default.fileExists(atPath: f.path) {
      guard FileManager.default.createFile(atPath: f.path, contents: nil) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: f.path])
      }
    }
    let p = Process()
    p.executableURL = exe
    p.arguments = args
    p.currentDirectoryURL = directory
    p.environment = ProcessInfo.processInfo.environment.filter { $0.key != "FACTCHECK_SHARE" }
    p.standardInput = FileHandle.nullDevice
    p.standardOutput = try FileHandle(forWritingTo: out)
    p.standardError = try FileHandle(forWritingTo: err)
    let start = Date()
    try p.run()
    p.waitUntilExit()
    let seconds = Date().timeIntervalSince(start)
    let text = { (u: URL) in String(decoding: (try? Data(contentsOf: u)) ?? Data(), as: UTF8.self) }
    return Result(status: p.terminationStatus, stdout: stdout == nil ? text(out) : "", stderr: text(err),
                  seconds: seconds)
  }
}

/// The JSON object on each line of `text`.
func jsonLines(_ text: String) throws -> [[String: Any]] {
  try text.split(separator: "\n").map {
    try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
  }
}

func json(_ text: String) throws -> [String: Any] {
  try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

/// The value at `keys` inside nested JSON objects.
func value(_ object: Any?, _ keys: String...) -> Any? {
  var current = object
  for k in keys { current = (current as? [String: Any])?[k] }
  return current
}

func string(_ object: Any?, _ keys: String...) -> String? {
  var current = object
  for k in keys { current = (current as? [String: Any])?[k] }
  return current as? String
}

func int(_ object: Any?, _ keys: String...) -> Int? {
  var current = object
  for k in keys { current = (current as? [String: Any])?[k] }
  return current as? Int
}

func count(_ object: Any?, _ keys: String...) -> Int? {
  var current = object
  for k in keys { current = (current as? [String: Any])?[k] }
  return (current as? [Any])?.count
}
