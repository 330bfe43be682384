import Foundation

/// One article's raw bytes, numbered in input order, or why they could not be read.
public struct ArchiveItem: Sendable {
  /// Position in the input, from 0: the order of the output.
  public var index: Int
  /// The file as given, or `file:line` for a line of a JSON Lines archive (`-:line` for stdin).
  public var name: String
  public var format: ArchiveFormat
  public var bytes: Result<[UInt8], InputError>
  /// The file whose bytes `load()` reads, when the reader left reading it to whoever checks
  /// the item (`ArchiveReader.defersFileReads`); `bytes` is empty until then.
  public private(set) var unread: String?

  public init(index: Int, name: String, format: ArchiveFormat, bytes: Result<[UInt8], InputError>,
              unread: String? = nil) {
    self.index = index
    self.name = name
    self.format = format
    self.bytes = bytes
    self.unread = unread
  }

  /// Reads the file's bytes if the reader left them unread.
  public mutating func load() {
    guard let path = unread else { return }
    bytes = ArchiveReader.read(path)
    unread = nil
  }

  /// Reads the file's bytes, as `load()`, from `ahead` (its `ArchiveReader.openAhead`), which
  /// this closes; or opens the file again when `ahead` failed.
  public mutating func load(_ ahead: ArchiveReader.OpenedAhead) {
    guard let path = unread else {
      ahead.close()
      return
    }
    bytes = ahead.fd >= 0 ? ArchiveReader.read(path, fd: ahead.fd) : ArchiveReader.read(path)
    unread = nil
  }
}

/// Streams the articles of an archive: each file of an `ArchiveSource`, each non-blank line of a
/// JSON Lines file, or each line of standard input. Only the current file's next chunk is held.
public struct ArchiveReader: Sequence, IteratorProtocol {
  var files: ArchiveSource.Iterator?
  var stdin: Bool
  var lines: (name: String, reader: LineReader)?
  var nextIndex = 0
  /// Items before this index are counted but not read (already audited, on resume).
  let skip: Int
  /// Whether a plain file (not JSON Lines) is left unread, for `ArchiveItem.load()`: the audit's
  /// threads take items from one reader under a lock, and each reads its own files outside it.
  public var defersFileReads = false

  public init(source: ArchiveSource?, stdin: Bool, skip: Int = 0) {
    files = source?.makeIterator()
    self.stdin = stdin
    self.skip = skip
  }

  public mutating func next() -> ArchiveItem? {
    while true {
      if let (name, reader) = lines.map({ ($0.name, $0.reader) }) {
        if let (number, line) = reader.next().map({ ($0.0, $0.1) }) {
          return item("\(name):\(number)", .jsonLines, nextIndex >= skip ? .success(line) : .success([]))
        }
        if let error = reader.error { lines = nil; return item(name, .jsonLines, .failure(error)) }
        lines = nil
      }
      if stdin {
        stdin = false
        lines = ("-", LineReader(fd: 0, name: "-"))
        continue
      }
      guard let entry = files?.next() else { return nil }
      if entry.format == .jsonLines {
        if let error = Self.notRegular(entry.path) { return item(entry.path, .jsonLines, .failure(error)) }
        let fd = open(entry.path, O_RDONLY)
        guard fd >= 0 else { return item(entry.path, .jsonLines, .failure(Self.openError(entry.path))) }
        lines = (entry.path, LineReader(fd: fd, name: entry.path, owned: true))
        continue
      }
      if nextIndex >= skip, defersFileReads { return item(entry.path, entry.format, .success([]), unread: entry.path) }
      let bytes = nextIndex >= skip ? Self.read(entry.path) : .success([])
      return item(entry.path, entry.format, bytes)
    }
  }

  mutating func item(_ name: String, _ format: ArchiveFormat, _ bytes: Result<[UInt8], InputError>,
                     unread: String? = nil) -> ArchiveItem {
    defer { nextIndex += 1 }
    return ArchiveItem(index: nextIndex, name: name, format: format, bytes: bytes, unread: unread)
  }

  /// The bytes of a regular file. Read straight into the array: FileManager's `Data`, copied
  /// into an array, showed in audit profiles.
  ///
  /// Opened without waiting (a FIFO would block the open until a writer came) and then asked
  /// what it is: one lookup of the path instead of a `stat` and an `open`.
  static func read(_ path: String) -> Result<[UInt8], InputError> {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return .failure(openError(path)) }
    return read(path, fd: fd)
  }

  /// The bytes of the regular file `path`, open as `fd`, which this closes.
  static func read(_ path: String, fd: Int32) -> Result<[UInt8], InputError> {
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .failure(openError(path)) }
    if let error = notRegular(path, mode: st.st_mode) { return .failure(error) }
    let size = Swift.max(0, Int(st.st_size))
    // One byte more than the size, so that a file that grew before it was read is seen to;
    // read into uninitialised room (zeroing it first was a pass over every file). Reading stops
    // once the size `fstat` gave is read: asking again only to be told the end was reached was
    // half of an audit's 24,000 `read` calls for 12,000 files. (A file of size 0 may be one whose
    // size the system does not know, as under /proc: it is read to its end.)
    var count = 0
    var failed = false
    var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialised in
      while count < buffer.count {
        let n = Foundation.read(fd, buffer.baseAddress! + count, buffer.count - count)
        if n > 0 {
          count += n
          if count == size { break }
        } else if n == 0 {
          break
        } else if errno != EINTR {
          failed = true
          break
        }
      }
      initialised = count
    }
    if failed { return .failure(openError(path)) }
    // The file grew after fstat: read the rest.
    if count == size + 1 {
      var chunk = [UInt8](repeating: 0, count: 64 * 1024)
      while true {
        let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
        if n > 0 {
          bytes += chunk[..<n]
        } else if n == 0 {
          break
        } else if errno != EINTR {
          return .failure(openError(path))
        }
      }
    }
    return .success(bytes)
  }

  /// Why `path` is not a regular file that can be read to its end: missing, a symlink loop, a
  /// directory, or a FIFO, socket or device (which could block the audit forever).
  static func notRegular(_ path: String) -> InputError? {
    var st = stat()
    guard stat(path, &st) == 0 else { return openError(path) }
    return notRegular(path, mode: st.st_mode)
  }

  /// `notRegular(_:)` for a file whose mode is known.
  static func notRegular(_ path: String, mode: mode_t) -> InputError? {
    switch mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return InputError(path: path, reason: .isDirectory)
    default: return InputError(path: path, reason: .unreadable("not a regular file (a FIFO, socket or device)"))
    }
  }

  static func openError(_ path: String) -> InputError {
    let why = String(cString: strerror(errno))
    if errno == ENOENT { return InputError(path: path, reason: .notFound) }
    return InputError(path: path, reason: .unreadable(why))
  }
}

/// Reads a file descriptor line by line in 256 KB chunks; blank lines are skipped but counted.
public final class LineReader {
  let fd: Int32
  let name: String
  let owned: Bool
  var buffer: [UInt8] = []
  var start = 0
  /// Where the search for the next line end resumes: bytes before it hold none (a long line is
  /// scanned once, not once per chunk).
  var scanned = 0
  var eof = false
  var lineNumber = 0
  public private(set) var error: InputError?

  public init(fd: Int32, name: String, owned: Bool = false) {
    self.fd = fd
    self.name = name
    self.owned = owned
  }

  deinit { if owned { close(fd) } }

  /// The next non-blank line (without its line end) and its 1-based number.
  public func next() -> (Int, [UInt8])? {
    while true {
      if let nl = Self.lineEnd(in: buffer, from: max(start, scanned)) {
        lineNumber += 1
        var end = nl
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = Array(buffer[start..<end])
        start = nl + 1
        scanned = start
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        return (lineNumber, line)
      }
      if eof {
        guard start < buffer.count else { return nil }
        lineNumber += 1
        let line = Array(buffer[start...])
        start = buffer.count
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        return (lineNumber, line)
      }
      scanned = buffer.count
      fill()
    }
  }

  /// The index of the first LF at or after `from`, found with `memchr` (a byte-by-byte
  /// `firstIndex(of:)` over the slice was 0.9% of an audit of a JSON Lines-heavy archive).
  static func lineEnd(in buffer: [UInt8], from: Int) -> Int? {
    guard from < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress, let hit = memchr(base + from, 0x0A, b.count - from) else { return nil }
      return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
  }

  func fill() {
    if start > 0 {
      buffer.removeFirst(start)
      scanned -= start
      start = 0
    }
    // Read straight into uninitialised room: a zero-filled 256 KB chunk per read was 11 M
    // instructions of memset for the 20 feeds of a 2,000-article audit, most of a feed's cost.
    var n = 0
    let chunk = [UInt8](unsafeUninitializedCapacity: Self.chunkSize) { room, count in
      n = Foundation.read(fd, room.baseAddress, room.count)
      count = Swift.max(n, 0)
    }
    if n < 0 {
      if errno == EINTR { return }
      error = InputError(path: name, reason: .unreadable(String(cString: strerror(errno))))
      eof = true
      return
    }
    if n == 0 { eof = true; return }
    if buffer.isEmpty {
      buffer = chunk
    } else {
      buffer.append(contentsOf: chunk)
    }
  }

  /// The most one `read` asks for.
  static let chunkSize = 256 * 1024
}
