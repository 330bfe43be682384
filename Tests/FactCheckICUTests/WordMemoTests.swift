import FactCheckCore
import Foundation
import Testing

@testable import FactCheckICU

/// `ICUSegmenter` breaks a range chunk by chunk (spaces and what follows them up to the next
/// space) and replays the tokens of a chunk it broke before (`WordMemo`). The reference is
/// ICU on the whole range, asked every status: the tokens must be the same, whatever the
/// chunk's neighbours were when it was kept.
@Suite struct WordMemoTests {
  /// Pieces that put spaces next to everything the word rules treat specially: letters,
  /// digits, the marks that join them, combining marks and format characters (which a space
  /// before them takes in), other scripts, line breaks, the underscore and `@`.
  static let pieces: [String] =
    (0x21...0x7E).map { String(UnicodeScalar(UInt8($0))) } + [
      " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}",
      "the", "Kent", "a", "Z", "1,596", "7.5", "3", "42nd", "M25", "x1", "1x", "a1b2", "1a.2",
      "don't", "a'", "'a", "1'000", "U.K.", "e.g.", "a:b", "12:30", "1;2", "a.1", "1..2",
      "‘", "’", "“", "”", "–", "—", "…", "council’s", "1’000", "£2.5m", "\u{00A0}", "\u{202F}",
      "\u{3000}", "\u{0301}", "\u{200D}", "\u{AD}", "\u{2060}", "é", "ß", "日本", "カナ", "١٢٣",
      "😀", "🇬🇧", "a_b", "_", "@", "a@b.com", "2\u{202F}305", "\u{FF10}",
    ]

  static func randomText(_ random: inout some RandomNumberGenerator, pieces: Int) -> String {
    var text = ""
    for _ in 0..<pieces { text += Self.pieces.randomElement(using: &random)! }
    return text
  }

  /// Random ranges, each tokenized twice through the memo (kept, then replayed) and once by
  /// ICU on the whole range. Chunks recur across draws in other company, so replays meet
  /// chunks kept beside other neighbours.
  @Test func tokensMatchICUOnWholeRanges() throws {
    let segmenter = try ICUSegmenter()
    var random = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let text = Self.randomText(&random, pieces: Int.random(in: 1...14, using: &random))
      let document = Document(text: text)
      let whole = SourceRange(start: 0, end: document.utf8.count)
      let inner = SourceRange(start: min(1, whole.end), end: max(min(1, whole.end), whole.end - 1))
      let reference = segmenter.tokens(in: document, ranges: [whole, inner], asksEveryStatus: true)
      let first = segmenter.tokens(in: document, ranges: [whole, inner], asksEveryStatus: false)
      let again = segmenter.tokens(in: document, ranges: [whole, inner], asksEveryStatus: false)
      #expect(first == reference, "\(text.debugDescription)")
      #expect(again == reference, "\(text.debugDescription)")
    }
  }

  /// Every sequence of three of the characters that matter, each chunk in every company.
  @Test func everyShortSpanMatchesICU() throws {
    let segmenter = try ICUSegmenter()
    let alphabet = ["a", "Z", "0", "9", " ", ".", ",", ";", ":", "'", "\"", "-", "\t", "\r", "\n",
      "%", "’", "“", "—", "£", "\u{0301}", "\u{00A0}", "é", "_", "@", "日"]
    for x in alphabet {
      for y in alphabet {
        for z in alphabet {
          let document = Document(text: x + y + z)
          let range = SourceRange(start: 0, end: document.utf8.count)
          let reference = segmenter.tokens(in: document, ranges: [range], asksEveryStatus: true)
          let tokens = segmenter.tokens(in: document, ranges: [range], asksEveryStatus: false)
          #expect(tokens == reference, "\((x + y + z).debugDescription)")
        }
      }
    }
  }

  /// More distinct chunks than the memo keeps: it starts again empty and the tokens stay
  /// ICU's.
  @Test func aFullMemoStartsAgain() throws {
    let segmenter = try ICUSegmenter()
    var n = 0
    for _ in 0..<400 {
      var words: [String] = []
      for _ in 0..<100 {
        n += 1
        words.append(n % 3 == 0 ? "\(n)," : "w\(n)")
      }
      let document = Document(text: words.joined(separator: " ") + ".")
      let range = SourceRange(start: 0, end: document.utf8.count)
      let reference = segmenter.tokens(in: document, ranges: [range], asksEveryStatus: true)
      let tokens = segmenter.tokens(in: document, ranges: [range], asksEveryStatus: false)
      #expect(tokens == reference)
    }
    #expect(n > WordMemo.capacity * 2)
  }

  /// Sentences of news copy: the same tokens as ICU on each whole sentence.
  @Test func tokensOfCopyMatchICU() throws {
    let segmenter = try ICUSegmenter()
    let text = """
      Figures show 1,596 registered sex offenders in Kent in 2019-20, up 7.5% on 2018/19. \
      That's one in every 812 people: about 99 for every 100,000 (roughly 0.1%). \
      The M25's level-two cases fell to 42 at 10:30am on 1 Nov. U.K.-wide, e.g. "about 3,000"; \
      £2.5m was spent. Café owners said 12_000 was @nearly right.\r\nNew line\u{0B}tab\there. \
      The council’s “figures” — about 1,600 — rose… again \u{0301}and again.
      """
    let document = Document(text: text)
    for _ in 0..<2 {
      for range in segmenter.sentences(in: document) {
        let fast = segmenter.tokens(in: document, ranges: [range], asksEveryStatus: false)
        let reference = segmenter.tokens(in: document, ranges: [range], asksEveryStatus: true)
        #expect(fast == reference, "\(document.slice(range).debugDescription)")
      }
    }
  }

  /// Every line of the sample articles and the archive sample in Corpus/ (text, Markdown,
  /// HTML and JSON lines, markup included), twice: the same tokens as ICU on the whole line.
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
        let reference = segmenter.tokens(in: document, ranges: [line], asksEveryStatus: true)
        for _ in 0..<2 {
          let fast = segmenter.tokens(in: document, ranges: [line], asksEveryStatus: false)
          #expect(fast == reference, "\(file.lastPathComponent): \(document.slice(line).debugDescription)")
        }
        lines += 1
      }
    }
    #expect(lines > 500)
  }
}
