import CICU
import Foundation
import FactCheckCore
import Synchronization

/// Sentence and word segmentation with the system's ICU, over UTF-8 text.
///
/// ICU reads the document's bytes through a UTF-8 `UText`, so every boundary it returns is
/// already a UTF-8 offset; no UTF-16 index leaves this target. Sentence breaking uses the
/// `en@ss=standard` locale, which suppresses breaks after common abbreviations ("Mr.", "No.").
/// Break iterators are not thread-safe: a call takes a clone of the prototypes opened at init
/// from a pool, and gives it back after. (Cloning and closing a sentence iterator for every
/// document was 4% of an audit.)
public final class ICUSegmenter: TextSegmenter, @unchecked Sendable {
  private let sentencePrototype: OpaquePointer
  private let wordPrototype: OpaquePointer
  private let digits: ICUDigitParser
  private let sentenceClones = IteratorPool()
  private let wordClones = IteratorPool()

  public init() throws(ICUError) {
    sentencePrototype = try Self.openBreakIterator(Int32(FCUBRK_SENTENCE), locale: "en@ss=standard")
    wordPrototype = try Self.openBreakIterator(Int32(FCUBRK_WORD), locale: "en_GB")
    digits = try ICUDigitParser()
  }

  deinit {
    fc_ubrk_close(sentencePrototype)
    fc_ubrk_close(wordPrototype)
    sentenceClones.closeAll()
    wordClones.closeAll()
  }

  /// The version of the ICU library linked, e.g. "72.1".
  public static var icuVersion: String {
    var info = [UInt8](repeating: 0, count: 4)
    fc_u_getVersion(&info)
    return "\(info[0]).\(info[1])"
  }

  /// Sentence ranges without their surrounding white space, in order.
  ///
  /// ICU's segments are repaired for news copy (see `SentenceRepair`): every line break still
  /// ends a sentence (headlines, subheads, bullets), but titles, references and initials
  /// ("Dr. Jones", "No. 10", "J. K.") and lower-case continuations are joined.
  public func sentences(in document: Document) -> [SourceRange] {
    var segments: [SourceRange] = []
    sentenceClones.with(clonesOf: sentencePrototype) { bi in
      boundaries(using: bi, in: document.utf8, from: 0, to: document.utf8.count) { start, end, _ in
        segments.append(SourceRange(start: start, end: end))
      }
    }
    return SentenceRepair.repaired(segments, in: document.utf8).compactMap {
      Self.trimmed($0, in: document.utf8)
    }
  }

  public func tokens(in document: Document, range: SourceRange) -> [Token] {
    tokens(in: document, ranges: [range])[0]
  }

  /// One word iterator for all the ranges; each range is still broken on its own.
  public func tokens(in document: Document, ranges: [SourceRange]) -> [[Token]] {
    wordClones.with(clonesOf: wordPrototype) { bi in
      ranges.map { tokens(in: document, range: $0, iterator: bi) }
    } ?? ranges.map { _ in [] }
  }

  private func tokens(in document: Document, range: SourceRange, iterator bi: OpaquePointer) -> [Token] {
    var result: [Token] = []
    // About one token per three bytes of news text; growing the array from empty was 1.3% of
    // an audit.
    result.reserveCapacity(range.length / 3 + 8)
    boundaries(using: bi, in: document.utf8, from: range.start, to: range.end) {
      start, end, status in
      let tokenRange = SourceRange(start: start, end: end)
      switch status {
      case 100..<200:
        // Most number segments are one well-formed number: one token, no intermediate array.
        if let single = digits.singleNumberToken(tokenRange, in: document.utf8) {
          result.append(single)
        } else {
          result.append(contentsOf: digits.numberTokens(tokenRange, in: document.utf8))
        }
      case 200..<500:
        // A word not led by a digit is one token: append it without the one-element array
        // `wordTokens` would allocate for it.
        let first = document.utf8[start]
        if first < 0x30 || first > 0x39 {
          result.append(Token(range: tokenRange, kind: .word))
        } else {
          result.append(contentsOf: digits.wordTokens(tokenRange, in: document.utf8))
        }
      default:
        let isSpace = Self.isSpace(document.utf8, tokenRange)
        result.append(Token(range: tokenRange, kind: isSpace ? .space : .punctuation))
      }
    }
    return result
  }

  // MARK: - Private

  private static func openBreakIterator(_ type: Int32, locale: String) throws(ICUError)
    -> OpaquePointer
  {
    var status: FCUErrorCode = 0
    guard let bi = fc_ubrk_open(type, locale, nil, 0, &status), status <= 0 else {
      throw ICUError(function: "ubrk_open", status: status)
    }
    return bi
  }

  /// Calls `body(start, end, ruleStatus)` for each segment of `bytes[from..<to]`, with offsets
  /// into `bytes`, on an iterator of the caller's, which it must not share between threads.
  private func boundaries(
    using bi: OpaquePointer, in bytes: [UInt8], from: Int, to: Int,
    _ body: (Int, Int, Int32) -> Void
  ) {
    guard to > from else { return }
    var status: FCUErrorCode = 0
    bytes.withUnsafeBufferPointer { buffer in
      let base = UnsafeRawPointer(buffer.baseAddress!).advanced(by: from)
        .assumingMemoryBound(to: CChar.self)
      guard let ut = fc_utext_openUTF8(nil, base, Int64(to - from), &status), status <= 0 else {
        return
      }
      defer { _ = fc_utext_close(ut) }
      fc_ubrk_setUText(bi, ut, &status)
      guard status <= 0 else { return }
      var start = fc_ubrk_first(bi)
      while true {
        let end = fc_ubrk_next(bi)
        if end == Int32(FCUBRK_DONE) { break }
        body(from + Int(start), from + Int(end), fc_ubrk_getRuleStatus(bi))
        start = end
      }
    }
  }

  private static func trimmed(_ range: SourceRange, in bytes: [UInt8]) -> SourceRange? {
    var lo = range.start
    var hi = range.end
    while lo < hi, let w = UTF8Space.width(bytes, at: lo) { lo += w }
    while hi > lo, let w = UTF8Space.widthBefore(bytes, at: hi) { hi -= w }
    return lo < hi ? SourceRange(start: lo, end: hi) : nil
  }

  private static func isSpace(_ bytes: [UInt8], _ range: SourceRange) -> Bool {
    var i = range.start
    while i < range.end {
      guard let w = UTF8Space.width(bytes, at: i) else { return false }
      i += w
    }
    return true
  }
}

/// Break iterator clones not in use, for reuse by the next call on any thread.
private final class IteratorPool: @unchecked Sendable {
  private let lock = NSLock()
  private var free: [OpaquePointer] = []

  /// Runs `body` with a clone of `prototype`, or returns nil if ICU cannot clone it.
  func with<T>(clonesOf prototype: OpaquePointer, _ body: (OpaquePointer) -> T) -> T? {
    lock.lock()
    var iterator = free.popLast()
    lock.unlock()
    if iterator == nil {
      var status: FCUErrorCode = 0
      iterator = fc_ubrk_clone(prototype, &status)
      if status > 0, let bad = iterator {
        fc_ubrk_close(bad)
        iterator = nil
      }
    }
    guard let bi = iterator else { return nil }
    defer {
      lock.lock()
      free.append(bi)
      lock.unlock()
    }
    return body(bi)
  }

  func closeAll() {
    lock.lock()
    defer { lock.unlock() }
    for bi in free { fc_ubrk_close(bi) }
    free = []
  }
}

/// A failed ICU call.
public struct ICUError: Error, CustomStringConvertible, Sendable {
  public var function: String
  public var status: Int32

  public var description: String {
    "ICU \(function) failed: \(String(cString: fc_u_errorName(status)))"
  }
}
