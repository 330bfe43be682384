import FactCheckCore
import Foundation
import Testing

@testable import FactCheckICU

/// `PlainWordBreak` must find exactly ICU's word segments and statuses wherever it does not
/// give the span back to ICU, and the tokens `ICUSegmenter` makes through it must equal the
/// tokens made asking ICU everything.
@Suite struct PlainWordBreakTests {
  /// Pieces that put every ASCII byte next to letters, digits, the marks that join them and
  /// the bytes the scan leaves to ICU, alone and inside words and numbers.
  static let pieces: [String] =
    (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) } + [
      "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{0}", "\u{1F}", "\u{7F}",
      "the", "Kent", "a", "Z", "1,596", "7.5", "3", "42nd", "M25", "x1", "1x", "a1b2", "1a.2",
      "don't", "a'", "'a", "1'000", "U.K.", "e.g.", "a:b", "12:30", "1;2", "a;b", "a,b", "1.a",
      "a.1", "1..2", "a..b", "  ", "   ", ". ", "-", "--", "£", "é", "a_b", "_", "@", "a@b",
      "‘", "’", "“", "”", "–", "—", "…", "council’s", "1’000", "a’", "’a", "‘1", "£2.5m", "\u{00A0}",
      "\u{0301}", "€", "½", "\u{2019}\u{0301}", "ü", "\u{AD}", "\u{2024}", "\u{2027}", "日",
    ]

  /// The segments the scan finds, or nil where it gives the span to ICU.
  static func scan(_ bytes: [UInt8]) -> [(end: Int, status: Int32)]? {
    bytes.withUnsafeBufferPointer { b in
      var result: [(end: Int, status: Int32)] = []
      var lo = 0
      while lo < b.count {
        guard let segment = PlainWordBreak.segment(b, from: lo, to: b.count) else { return nil }
        result.append(segment)
        lo = segment.end
      }
      return result
    }
  }

  @Test func segmentsMatchICU() throws {
    let segmenter = try ICUSegmenter()
    var random = SystemRandomNumberGenerator()
    var scanned = 0
    for _ in 0..<100_000 {
      var text = ""
      for _ in 0..<Int.random(in: 1...12, using: &random) {
        text += Self.pieces.randomElement(using: &random)!
      }
      let bytes = Array(text.utf8)
      let reference = segmenter.wordSegments(in: bytes)
      guard let found = Self.scan(bytes) else {
        // Given back only for a character the scan does not take.
        #expect(text.unicodeScalars.contains { $0 == "_" || $0 == "@" || !($0.isASCII || "‘’“”–—…£".unicodeScalars.contains($0)) }, "\(text.debugDescription)")
        continue
      }
      scanned += 1
      #expect(found.map(\.end) == reference.map(\.end), "\(text.debugDescription)")
      #expect(found.map(\.status) == reference.map(\.status), "\(text.debugDescription)")
    }
    // Most draws hold no byte left to ICU: the comparison ran.
    #expect(scanned > 50_000)
  }

  /// Every sequence of three of the characters that matter to the rules, exhaustively.
  @Test func everyShortSpanMatchesICU() throws {
    let segmenter = try ICUSegmenter()
    let alphabet = Array("aZ09 .,;:'\"-\t\r\n\u{0B}%(’‘“—£")
    for x in alphabet {
      for y in alphabet {
        for z in alphabet {
          let bytes = Array(String([x, y, z]).utf8)
          let found = try #require(Self.scan(bytes))
          let reference = segmenter.wordSegments(in: bytes)
          #expect(found.map(\.end) == reference.map(\.end), "\(bytes)")
          #expect(found.map(\.status) == reference.map(\.status), "\(bytes)")
        }
      }
    }
  }

  /// The tokens of sentences of news copy, through the scan, equal those asking ICU every
  /// status; a sentence with a byte left to ICU gives the same tokens too.
  @Test func tokensOfCopyMatchICU() throws {
    let segmenter = try ICUSegmenter()
    let text = """
      Figures show 1,596 registered sex offenders in Kent in 2019-20, up 7.5% on 2018/19. \
      That's one in every 812 people: about 99 for every 100,000 (roughly 0.1%). \
      The M25's level-two cases fell to 42 at 10:30am on 1 Nov. U.K.-wide, e.g. "about 3,000"; \
      £2.5m was spent. Café owners said 12_000 was @nearly right.\r\nNew line\u{0B}tab\there.
      """
    let document = Document(text: text)
    for range in segmenter.sentences(in: document) {
      let fast = segmenter.tokens(in: document, ranges: [range], asksEveryStatus: false)
      let reference = segmenter.tokens(in: document, ranges: [range], asksEveryStatus: true)
      #expect(fast == reference, "\(document.slice(range).debugDescription)")
    }
  }

  /// Every line of the sample articles and the archive sample in Corpus/ (text, Markdown,
  /// HTML and JSON lines, markup included), tokenized through the scan and asking ICU
  /// everything: the same tokens.
  @Test func corpusLinesMatchICU() throws {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Corpus").standardizedFileURL
    let segmenter = try ICUSegmenter()
    var lines = 0
    let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)!
    for case let file as URL in files where ["txt", "md", "html", "jsonl"].contains(file.pathExtension) {
      guard let text = String(data: try Data(contentsOf: file), encoding: .utf8) else { continue }
      let document = Document(text: text)
      var start = 0
      for (i, byte) in document.utf8.enumerated() where byte == 0x0A {
        let line = SourceRange(start: start, end: i)
        start = i + 1
        guard line.end - line.start <= ICUSegmenter.quickTokensLimit else { continue }
        let fast = segmenter.tokens(in: document, ranges: [line], asksEveryStatus: false)
        let reference = segmenter.tokens(in: document, ranges: [line], asksEveryStatus: true)
        #expect(fast == reference, "\(file.lastPathComponent): \(document.slice(line).debugDescription)")
        lines += 1
      }
    }
    #expect(lines > 500)
  }
}
