import FactCheckCore
import Foundation

/// Reads articles from files or standard input into `Document`s.
///
/// UTF-8 with or without BOM, CRLF and CR line ends are normal text. Invalid UTF-8 and NUL
/// bytes (a binary file) are refused with the byte offset of the first bad byte.
public enum DocumentLoader {
  /// Reads `path`, or standard input when `path` is `-`.
  public static func load(path: String) throws(InputError) -> Document {
    guard path != "-" else {
      return try decode(Array(FileHandle.standardInput.readDataToEndOfFile()), name: path)
    }
    // Read as an archive's files are (Foundation's `Data(contentsOf:)` also leaked its buffer
    // for an empty file, which LeakSanitizer reports).
    return try decode(ArchiveReader.read(path).get(), name: path)
  }

  /// Validates `bytes` as text and wraps them in a document.
  public static func decode(_ bytes: [UInt8], name: String) throws(InputError) -> Document {
    try validate(bytes, name: name)
    return Document(name: name, validUTF8: bytes)
  }

  /// The largest document read: 1 GiB. ICU indexes text with 32-bit integers, so a document
  /// of 2 GiB or more could not be segmented, and would have come out with no claims and no
  /// error.
  public static let maxBytes = 1 << 30

  /// Throws when `bytes` are not text (a NUL byte, invalid UTF-8) or more than `limit` of them.
  public static func validate(_ bytes: [UInt8], name: String, limit: Int = maxBytes) throws(InputError) {
    if bytes.count > limit {
      throw InputError(path: name, reason: .tooLarge(bytes: bytes.count, limit: limit))
    }
    switch firstProblem(bytes) {
    case nil: return
    case .binary(let offset)?: throw InputError(path: name, reason: .binary(offset: offset))
    case .invalidUTF8(let offset)?: throw InputError(path: name, reason: .invalidUTF8(offset: offset))
    }
  }

  /// What `validate` reports of `bytes` but their size: the first NUL byte (`firstNUL`) if
  /// there is one anywhere, else the first invalid UTF-8 (`firstInvalidUTF8`), else nil.
  enum Problem: Equatable { case binary(Int), invalidUTF8(Int) }

  /// One pass for both of `validate`'s tests, sixteen bytes at a time (SSE2 compares) while
  /// they are ASCII without a NUL: the two passes, eight bytes at a time, were 3.3
  /// instructions a byte of every article read (5.5 M of 960 real articles). Every byte
  /// before `i` is part of a valid character and not NUL, so the first NUL or bad character
  /// met is the first in the text; after a bad one, only a NUL can still come first.
  static func firstProblem(_ bytes: [UInt8]) -> Problem? {
    bytes.withUnsafeBufferPointer { b in
      let n = b.count
      guard let base = UnsafeRawPointer(b.baseAddress) else { return nil }
      // Spelled with their type: as `SIMD16(repeating:)` inline, the compares were the
      // generic lane-by-lane ones.
      let zero = SIMD16<UInt8>(repeating: 0)
      let wide = SIMD16<UInt8>(repeating: 0x80)
      var i = 0
      while i < n {
        // Sound: the sixteen bytes loaded lie inside the buffer (i + 16 <= n).
        if i &+ 16 <= n {
          let v = base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
          let flagged = (v .== zero) .| (v .>= wide)
          guard flagged.anyLane else {
            i &+= 16
            continue
          }
          // The bytes before the first flagged one pass: on to it.
          i &+= flagged.firstLane
        }
        let c = b[i]
        if c == 0 { return .binary(i) }
        if c < 0x80 {
          i += 1
          continue
        }
        // A character outside ASCII, checked as `firstInvalidUTF8` checks it. At a bad one,
        // a NUL after it still comes first.
        guard let width = validWidth(b, at: i) else {
          return firstNUL(UnsafeBufferPointer(rebasing: b[i...])).map { .binary(i + $0) } ?? .invalidUTF8(i)
        }
        i += width
      }
      return nil
    }
  }

  /// The offset of the first NUL byte. Every article read is checked: eight bytes are tested at
  /// a time (the classic zero-byte test), which byte-by-byte search was not.
  static func firstNUL(_ b: [UInt8]) -> Int? {
    b.withUnsafeBufferPointer(firstNUL)
  }

  /// `firstNUL(_:)` on a buffer, the offset from its start.
  static func firstNUL(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    if let base = UnsafeRawPointer(buffer.baseAddress) {
      while i + 8 <= buffer.count {
        let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
        i += 8
      }
    }
    return buffer[i...].firstIndex(of: 0)
  }

  /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer(firstInvalidUTF8)
  }

  /// `firstInvalidUTF8(_:)` on a buffer (the HTML reader checks each piece of text it is given).
  static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = b.count
    guard let base = UnsafeRawPointer(b.baseAddress) else { return nil }
    let wide = SIMD16<UInt8>(repeating: 0x80)
    while i < n {
      // Runs of ASCII, most of any article, sixteen bytes at a time (SSE2 compares), then on
      // to the first byte outside ASCII: eight bytes at a time, and byte by byte after each
      // character outside ASCII, the HTML reader's checks were 1.8 M instructions of arch2k.
      // Sound: the sixteen bytes loaded lie inside the buffer (i + 16 <= n).
      if i &+ 16 <= n {
        let flagged = base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self) .>= wide
        guard flagged.anyLane else {
          i &+= 16
          continue
        }
        i &+= flagged.firstLane
      } else if b[i] < 0x80 {
        i += 1
        continue
      }
      guard let width = validWidth(b, at: i) else { return i }
      i += width
    }
    return nil
  }

  /// The width of the valid UTF-8 character that `b[i]`, a byte from 0x80 up, starts, or nil
  /// when it starts none (a stray or overlong lead, a surrogate, past U+10FFFF, cut short).
  @inline(__always)
  static func validWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    let width: Int
    var lo: UInt8 = 0x80
    var hi: UInt8 = 0xBF
    switch b[i] {
    case 0xC2...0xDF: width = 2
    case 0xE0: width = 3; lo = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: width = 3
    case 0xED: width = 3; hi = 0x9F
    case 0xF0: width = 4; lo = 0x90
    case 0xF1...0xF3: width = 4
    case 0xF4: width = 4; hi = 0x8F
    default: return nil
    }
    guard i + width <= b.count else { return nil }
    guard b[i + 1] >= lo && b[i + 1] <= hi else { return nil }
    for k in 2..<width where b[i + k] & 0xC0 != 0x80 { return nil }
    return width
  }
}

/// An article that cannot be read as text.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Reason: Equatable, Sendable {
    case notFound
    case isDirectory
    case unreadable(String)
    case binary(offset: Int)
    case invalidUTF8(offset: Int)
    case tooLarge(bytes: Int, limit: Int)
  }

  public var path: String
  public var reason: Reason

  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// "no such file", and for a name with U+FFFD in it, the likely reason: a name that is not
  /// UTF-8 on disk is read with U+FFFD for its bad bytes, and cannot be opened by that name.
  static func notFoundMessage(_ path: String) -> String {
    path.unicodeScalars.contains("\u{FFFD}")
      ? "no such file (a name that is not valid UTF-8 on disk shows here with U+FFFD and cannot be opened)"
      : "no such file"
  }

  public var description: String {
    switch reason {
    case .notFound: "\(path): error: \(Self.notFoundMessage(path))"
    case .isDirectory: "\(path): error: is a directory, not an article"
    case .unreadable(let why): "\(path): error: cannot read: \(why)"
    case .binary(let offset): "\(path): error: binary file (NUL byte at byte offset \(offset))"
    case .invalidUTF8(let offset): "\(path): error: invalid UTF-8 at byte offset \(offset)"
    case .tooLarge(let bytes, let limit):
      "\(path): error: too large to check (\(bytes) bytes; the limit is \(limit) bytes)"
    }
  }
}
