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
    let data = json
    let temp = path + ".tmp"
    let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw CheckpointError.io(temp, String(cString: strerror(errno))) }
    let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    let synced = fsync(fd)
    close(fd)
    guard written == data.count, synced == 0 else { throw CheckpointError.io(temp, String(cString: strerror(errno))) }
    guard rename(temp, path) == 0 else { throw CheckpointError.io(path, String(cString: strerror(errno))) }
    let parent = (path as NSString).deletingLastPathComponent
    let dir = open(parent.isEmpty ? "." : parent, O_RDONLY)
    if dir >= 0 { _ = fsync(dir); close(dir) }
  }
}

extension ArchiveCheckpoint {
  /// The checkpoint as compact JSON, keys sorted: what `load` reads back.
  ///
  /// Written by hand: `JSONEncoder` took 1.6 M instructions a save (a run saves every half
  /// second, and the contradicted claims' descriptions grow with the run), most of it boxing
  /// and sorting. This writes each string once into one byte array.
  var json: [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256 + arguments.reduce(0) { $0 + $1.utf8.count + 3 }
      + contradicted.keys.reduce(0) { $0 + $1.utf8.count + 24 } + totals.count * 32)
    out.append(contentsOf: #"{"arguments":["#.utf8)
    for (i, argument) in arguments.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      Self.appendString(argument, to: &out)
    }
    out.append(contentsOf: #"],"contradicted":"#.utf8)
    Self.appendCounts(contradicted, to: &out)
    out.append(contentsOf: #","documents":"#.utf8)
    out.append(contentsOf: String(documents).utf8)
    out.append(contentsOf: #","outputBytes":"#.utf8)
    out.append(contentsOf: String(outputBytes).utf8)
    out.append(contentsOf: #","totals":"#.utf8)
    Self.appendCounts(totals, to: &out)
    out.append(contentsOf: #","version":"#.utf8)
    out.append(contentsOf: String(version).utf8)
    out.append(UInt8(ascii: "}"))
    return out
  }

  /// A JSON object of counts, keys in `String` order (so the file does not change with the
  /// dictionary's hash order; comparing the keys' UTF-8 views instead was several times slower).
  private static func appendCounts(_ counts: [String: Int], to out: inout [UInt8]) {
    out.append(UInt8(ascii: "{"))
    for (i, (key, count)) in counts.sorted(by: { $0.key < $1.key }).enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      appendString(key, to: &out)
      out.append(UInt8(ascii: ":"))
      out.append(contentsOf: String(count).utf8)
    }
    out.append(UInt8(ascii: "}"))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// A JSON string: `"` and `\` escaped, control characters as `\u00xx`, the rest as is.
  static func appendString(_ s: String, to out: inout [UInt8]) {
    var s = s
    s.withUTF8 { bytes in
      out.append(UInt8(ascii: "\""))
      // Runs that need no escape are copied whole: appended a byte at a time, a string cost
      // about 50 instructions a byte.
      var run = 0
      for (i, b) in bytes.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
        run = i + 1
        if b < 0x20 {
          out.append(contentsOf: #"\u00"#.utf8)
          out.append(hexDigits[Int(b >> 4)])
          out.append(hexDigits[Int(b & 0xF)])
        } else {
          out.append(UInt8(ascii: "\\"))
          out.append(b)
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
      out.append(UInt8(ascii: "\""))
    }
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
