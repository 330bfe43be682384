import FactCheckData
import Foundation

/// A one-line progress bar on standard error (only when it is a terminal): documents done of the
/// total, rate and time left. The total is counted on a background thread and shown once known.
final class AuditProgressBar: @unchecked Sendable {
  private let lock = NSLock()
  private var total: Int?
  private let start = Date()
  private var lastDraw = Date.distantPast
  private let offset: Int

  /// `offset`: documents already done before this run (resume).
  init(offset: Int) { self.offset = offset }

  static var enabled: Bool { isatty(2) != 0 }

  func setTotal(_ n: Int) {
    lock.lock()
    total = n
    lock.unlock()
  }

  func update(done: Int, force: Bool = false) {
    let now = Date()
    guard force || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
    lastDraw = now
    lock.lock()
    let total = self.total
    lock.unlock()
    let elapsed = now.timeIntervalSince(start)
    let rate = elapsed > 0 ? Double(done - offset) / elapsed : 0
    var line = "\r"
    if let total, total > 0 {
      let width = 30
      let filled = min(width, done * width / total)
      line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
      line += "\(done)/\(total) docs  \(String(format: "%.0f", rate)) docs/s"
      if rate > 0 { line += "  ETA " + Self.clock(Double(max(0, total - done)) / rate) }
    } else {
      line += "\(done) docs  \(String(format: "%.0f", rate)) docs/s"
    }
    FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
  }

  func clear() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }

  static func clock(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
      : String(format: "%d:%02d", s / 60, s % 60)
  }

  /// Counts the documents of an archive: files, and the non-blank lines of JSON Lines files.
  static func count(_ source: ArchiveSource) -> Int {
    var n = 0
    for entry in source {
      if entry.format == .jsonLines {
        let fd = open(entry.path, O_RDONLY)
        guard fd >= 0 else { n += 1; continue }
        let lines = LineReader(fd: fd, name: entry.path, owned: true)
        while lines.next() != nil { n += 1 }
      } else {
        n += 1
      }
    }
    return n
  }
}
