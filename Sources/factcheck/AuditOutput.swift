import FactCheckData
import Foundation

/// Where audit lines go: standard output, or a file, a pipe or a device. Called by one thread at
/// a time (the pipeline's `OutputQueue` serialises writes). For a regular file it keeps the checkpoint: every `interval` seconds it flushes,
/// fsyncs the output, then saves the progress file that says how far the output is complete.
final class AuditOutput: @unchecked Sendable {
  let fd: Int32
  /// The output as named in messages.
  let name: String
  let checkpointPath: String?
  var checkpoint: ArchiveCheckpoint
  var tally: AuditTally
  var session = AuditTally()
  let resumedFrom: Int
  private var buffer: [UInt8] = []
  private var bytes: UInt64
  private var lastSave = Date()
  let interval: TimeInterval
  var progress: AuditProgressBar?
  var failure: Error?
  /// Writes each line out as soon as it is ready (articles streamed in on standard input),
  /// instead of in 1 MB chunks.
  var flushEachLine = false

  /// Opens the output. With `resume`, an existing checkpoint (same arguments) is honoured: the
  /// output is cut back to the length it records and its totals carried on.
  init(path: String?, arguments: [String], resume: Bool, interval: TimeInterval = 0.5) throws {
    self.interval = interval
    guard let path, path != "-" else {
      fd = 1
      name = "standard output"
      checkpointPath = nil
      checkpoint = ArchiveCheckpoint(arguments: arguments)
      tally = AuditTally()
      bytes = 0
      resumedFrom = 0
      return
    }
    let regular = Self.isRegularOrMissing(path)
    let progressPath = regular ? ArchiveCheckpoint.path(forOutput: path) : nil
    var saved: ArchiveCheckpoint?
    if resume, let progressPath {
      saved = try ArchiveCheckpoint.load(progressPath)
      if let s = saved, s.arguments != arguments { throw CheckpointError.otherArguments(progressPath) }
    }
    let flags = O_WRONLY | O_CREAT | (saved == nil && regular ? O_TRUNC : 0)
    fd = open(path, flags, 0o644)
    name = path
    guard fd >= 0 else { throw CheckpointError.output(path, String(cString: strerror(errno))) }
    if let saved {
      guard ftruncate(fd, off_t(saved.outputBytes)) == 0, lseek(fd, 0, SEEK_END) >= 0 else {
        throw CheckpointError.output(path, String(cString: strerror(errno)))
      }
    }
    checkpointPath = progressPath
    checkpoint = saved ?? ArchiveCheckpoint(arguments: arguments)
    tally = saved.map(AuditTally.init) ?? AuditTally()
    bytes = saved?.outputBytes ?? 0
    resumedFrom = saved?.documents ?? 0
  }

  static func isRegularOrMissing(_ path: String) -> Bool {
    var st = stat()
    guard stat(path, &st) == 0 else { return true }
    return (st.st_mode & S_IFMT) == S_IFREG
  }

  func write(_ outcome: AuditOutcome) {
    buffer.append(contentsOf: outcome.line)
    tally.add(outcome)
    session.add(outcome)
    if flushEachLine || buffer.count >= 1 << 20 { flush() }
    progress?.update(done: tally.documents)
    if checkpointPath != nil, Date().timeIntervalSince(lastSave) >= interval { save() }
  }

  func flush() {
    var offset = 0
    while offset < buffer.count {
      let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        // Stop now: the checkpoint still describes the output up to its last fsync, so
        // `--resume` after freeing space carries on from there.
        progress?.clear()
        let error = CheckpointError.output(name, String(cString: strerror(errno)))
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        exit(2)
      }
      offset += n
    }
    bytes += UInt64(offset)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Makes everything written so far durable, then records it in the progress file.
  func save() {
    flush()
    guard let checkpointPath, failure == nil else { return }
    fsync(fd)
    checkpoint.documents = tally.documents
    checkpoint.outputBytes = bytes
    checkpoint.totals = tally.totals
    checkpoint.contradicted = tally.contradictedClaims
    do { try checkpoint.save(checkpointPath) } catch { failure = failure ?? error }
    lastSave = Date()
  }

  /// Ends the run: everything flushed and synced, the progress file removed (the output is whole).
  func finish() {
    save()
    progress?.update(done: tally.documents, force: true)
    progress?.clear()
    if fd != 1 { close(fd) }
    if let checkpointPath, failure == nil { unlink(checkpointPath) }
  }
}
