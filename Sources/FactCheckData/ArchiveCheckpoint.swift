import Foundation

/// The sidecar an audit writes beside its output (`OUTPUT.progress`), so that a run killed at any
/// point can continue. It records how many documents, in input order, are fully in the output and
/// how many bytes of output they take: on resume the output is cut back to that length (dropping
/// any half-written tail) and the reader skips that many documents.
///
/// Written to a temporary file, fsynced, then renamed over the old one, and only after the
/// output itself was fsynced: the checkpoint never claims bytes the disk does not hold.
public struct ArchiveCheckpoint: Codable, Sendable, Equatable {
  public var version = 1
  /// The arguments that decide the output; a resume with other arguments is refused.
  public var arguments: [String]
  public var documents: Int
  public var outputBytes: UInt64
  /// Totals of the documents written so far, for the final summary.
  public var totals: [String: Int]
  /// Contradicted claims written so far, by description, for the summary's most common ones.
  public var contradicted: [String: Int]

  public init(arguments: [String], documents: Int = 0, outputBytes: UInt64 = 0,
              totals: [String: Int] = [:], contradicted: [String: Int] = [:]) {
    self.arguments = arguments
    self.documents = documents
    self.outputBytes = outputBytes
    self.totals = totals
    self.contradicted = contradicted
  }

  public static func path(forOutput output: String) -> String { output + ".progress" }

  /// The checkpoint at `path`, or nil when there is none.
  public static func load(_ path: String) throws -> ArchiveCheckpoint? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return try JSONDecoder().decode(ArchiveCheckpoint.self, from: data)
  }

  /// Writes atomically: temporary file, fsync, rename, fsync of the directory.
  public func save(_ path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(self)
    let temp = path + ".tmp"
    let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw CheckpointError.io(temp, String(cString: strerror(errno))) }
    let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    let synced = fsync(fd)
    close(fd)
    guard written == data.count, synced == 0 else { throw CheckpointError.io(temp, String(cString: strerror(errno))) }
    guard rename(temp, path) == 0 else { throw CheckpointError.io(path, String(cString: strerror(errno))) }
    let dir = open((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent, O_RDONLY)
    if dir >= 0 { _ = fsync(dir); close(dir) }
  }
}

public enum CheckpointError: Error, CustomStringConvertible {
  case io(String, String)
  case otherArguments(String)
  /// The audit output itself (a file, or standard output) cannot be written.
  case output(String, String)

  public var description: String {
    switch self {
    case .io(let path, let why): "\(path): error: cannot write the progress file: \(why)"
    case .output(let path, let why): "\(path): error: cannot write the audit output: \(why)"
    case .otherArguments(let path):
      "\(path): error: this progress file belongs to an audit with other arguments; delete it or run that audit"
    }
  }
}
