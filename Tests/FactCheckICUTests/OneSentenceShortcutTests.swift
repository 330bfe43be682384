import CICU
import FactCheckCore
import Testing

@testable import FactCheckICU

/// `ICUSegmenter.holdsOneSentence` lets a stretch skip the sentence iterator. Whenever it says
/// a span cannot break, ICU itself must find no boundary in the span but its end, on random
/// spans built from abbreviations, decimals, quotes, brackets, ellipses, trailing spaces, line
/// breaks of every kind and text outside ASCII; and it must say so often enough to matter.
@Suite struct OneSentenceShortcutTests {
  static let pieces = [
    "The", "rise", "was", "Kent", "said", "1,596", "7.5", ".5", "5.", "Mr.", "No.", "J.", "U.S.",
    "e.g.", "etc.", ".", "..", "...", "?", "!", "?!", "\"", "'", "(", ")", "[", "]", "{", "}",
    "“quoted.”", "’", "café", "—", "…", "\u{00A0}", " ", "  ", "\t", ",", ";", ":", "-", "%",
    "£", "3", "2020", "\n", "\r\n", "\r", "\u{2028}", "\u{0085}", "\u{000B}", "\u{000C}",
    "\u{0000}", "\u{007F}", "A", "b", "x.y", "5.7.", "v.", "1.2.3",
    // Characters outside ASCII the shortcut passes, and terminators and separators it must not.
    "”", "‘", "“", "–", "€", "É", "ž", "×", "÷", "Ł", "ſ", "é.", "’.", "”.", "\u{00AD}",
    "‼", "。", "！", "？", "\u{2024}", "\u{FE52}", "\u{FF0E}", "\u{0964}", "\u{0589}", "\u{2029}",
    "\u{203D}", "\u{FF61}", "\u{00B7}", "\u{0301}", "\u{200D}", "\u{2047}",
  ]

  /// Ends a sentence may have: terminators, closers, spaces, one line break, in many orders.
  static let tails = [
    "", ".", "?", "!", "...", ".\"", ".)", ".']", "?\" ", ". ", ".  \n", ".\r\n", ".\r", "\n",
    " \n", "\t\r\n", ".\" \"", ". )", ".) .", "!?", ". a", ".\n\n", "\n\r", ".\u{00A0}",
    ".”", ") ", "\"\n", ".’", "?”\n", ".” ", ".’”\r\n", "”", ".”)", ".“", ".” “", "–.", "€.",
  ]

  static func random(_ count: ClosedRange<Int>, _ random: inout some RandomNumberGenerator) -> String {
    var text = ""
    for _ in 0..<Int.random(in: count, using: &random) {
      text += pieces.randomElement(using: &random)!
      if Int.random(in: 0..<3, using: &random) == 0 { text += " " }
    }
    return text
  }

  /// Checks one span at the end of `prefix`: a yes must agree with ICU. Returns the verdict.
  static func check(_ segmenter: ICUSegmenter, _ text: String, prefix: String = "") -> Bool {
    let bytes = Array((prefix + text).utf8)
    let from = prefix.utf8.count
    let one = ICUSegmenter.holdsOneSentence(bytes, from: from, to: bytes.count)
    if one {
      let found = segmenter.boundaries(Int32(FCUBRK_SENTENCE), in: bytes, from: from, to: bytes.count)
      #expect(found == [from, bytes.count], "\(text.debugDescription) breaks at \(found)")
    }
    return one
  }

  @Test func agreesWithICUOnRandomSpans() throws {
    let segmenter = try ICUSegmenter()
    var random = SystemRandomNumberGenerator()
    var taken = 0
    let trials = 20_000
    for n in 0..<trials {
      let text = Self.random(0...12, &random) + Self.tails.randomElement(using: &random)!
      let prefix = n % 2 == 0 ? "" : "Lead.\n"
      if Self.check(segmenter, text, prefix: prefix) { taken += 1 }
    }
    // Random spans of up to a dozen pieces mostly hold a terminator or a break inside; still
    // a good share must take the shortcut, or the test proves nothing.
    #expect(taken > trials / 20, "\(taken) of \(trials) took the shortcut")
  }

  /// Spans of ASCII words with decimals and one ending: the shortcut's common case.
  @Test func agreesWithICUOnSentenceLikeSpans() throws {
    let segmenter = try ICUSegmenter()
    var random = SystemRandomNumberGenerator()
    let words = [
      "Kent", "rose", "by", "7.5", "0.25", "per", "cent", "\"so\"", "(up)", "it's", "1,596", "to",
      "Kent’s", "“so”", "–", "—", "£12m", "€5", "café", "Łódź", "1\u{00A0}000",
    ]
    var taken = 0
    for _ in 0..<5_000 {
      var text = ""
      for _ in 0..<Int.random(in: 1...15, using: &random) {
        text += words.randomElement(using: &random)! + (Bool.random(using: &random) ? " " : "\t")
      }
      text += Self.tails.randomElement(using: &random)!
      if Self.check(segmenter, text) { taken += 1 }
    }
    #expect(taken > 2_000, "\(taken) took the shortcut")
  }

  @Test func handMadeSpans() throws {
    let segmenter = try ICUSegmenter()
    let yes = [
      "Prices rose 7.5 per cent in 2020.\n", "Prices rose 7.5 per cent\n", "Why 5?\r\n", "Wow!\r",
      "He said \"it is 3.5\".\n", "It rose (by 3).  \n", "Wait...", "Done.\")  ", "A 1.2.3 list",
      "It rose 5. ", "\n", "It's 'up' 4%?!\n", "x", "[Ed.]", "Score: 3-1.\t\n",
      "Kent’s figure rose 5.7 per cent – the most.”\n", "“It is £12m,” she said.\n", "Café ž ÷ €5?’”\r\n",
      "café 5.\n", "Figures — up.\n",
    ]
    for text in yes { #expect(Self.check(segmenter, text), "\(text.debugDescription)") }
    let no = [
      "Mr. Smith rose.\n", "One. Two.\n", "Why? Because.\n", "U.S. figures\n", "It rose.\nAnd fell.",
      "Line\u{2028}two\n", "Tab\u{000B}bed\n", "5.\n6\n",
      "end.\" \"", "x. )", "", "e.g. 5\n", "Up 5.x\n", "a\rb\n", "a\n\n", "£5. Then\n",
      "It rose。Then\n", "Wow‼ Then\n", "One\u{2024} Two\n", "Up\u{2029}down\n", "x\u{0085}y\n", "end.” “Next\n",
      "end.’ ’\n", "x…\n", "a\u{00AD}b\n", "café\u{0301}\n",
    ]
    for text in no { #expect(!Self.check(segmenter, text), "\(text.debugDescription)") }
  }

  /// The screened sentences with the shortcut are those of the whole document: all stretches
  /// pass, so every one is either broken by ICU or taken whole, blank lines (with separators
  /// ICU breaks after) included.
  @Test func screenedSentencesMatchTheWholeDocument() throws {
    let segmenter = try ICUSegmenter()
    var random = SystemRandomNumberGenerator()
    let lines = [
      "Kent rose 7.5 per cent.", "Headline with 2020 in it", "Mr. Smith said 5. Then 6.",
      "\"Quoted 3.5,\" she said.", "and a lower-case line.", "  indented 4 line", "Why 9?",
      "J. K. Rowling wrote 7.", "No. 10 said so.", "café 5", "", "It's (up) 3%!\"",
    ]
    let breaks = [
      "\n", "\r\n", "\r", "\n\n", "\n \n", " \n", "\n\u{2028}\n", "\n\u{00A0}\n", "\r\n\u{2029}\r\n",
      "\n\u{0085}\n", "\n\t\u{2028} \u{2029}\n", "\n\u{3000}\n\n",
    ]
    for _ in 0..<2_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...8, using: &random) {
        text += lines.randomElement(using: &random)! + breaks.randomElement(using: &random)!
      }
      if Bool.random(using: &random) { text += lines.randomElement(using: &random)! }
      let document = Document(text: text)
      let whole = segmenter.sentences(in: document)
      let screened = segmenter.sentences(in: document) { _ in true }
      #expect(screened.map(\.range) == whole, "\(text.debugDescription)")
      #expect(screened.allSatisfy { $0.mayContribute })
    }
  }

  /// The shortcut reads sixteen and eight bytes at a time; byte by byte, it gives the same
  /// verdict on every span of random text, long plain runs included, wherever a byte it
  /// stops at falls in a block.
  @Test func blocksAgreeWithAByteByByteReading() {
    var random = SystemRandomNumberGenerator()
    let long = ["the rise was reported in Kent ", "1,596 offenders lived there ", "abcdefghijklmnopqrstuvwxyz"]
    for _ in 0..<150 {
      var text = ""
      for _ in 0..<Int.random(in: 0...8, using: &random) {
        text += Bool.random(using: &random)
          ? long.randomElement(using: &random)! : Self.pieces.randomElement(using: &random)!
      }
      text += Self.tails.randomElement(using: &random)!
      let bytes = Array(text.utf8)
      for from in stride(from: 0, through: bytes.count, by: 3) {
        for to in from...bytes.count {
          #expect(
            ICUSegmenter.holdsOneSentence(bytes, from: from, to: to) == Self.byteByByte(bytes, from: from, to: to),
            "\(text.debugDescription) \(from)..<\(to)")
        }
      }
    }
  }

  /// `holdsOneSentence` reading every byte: the same ending, then each byte checked alone.
  static func byteByByte(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    return bytes.withUnsafeBufferPointer { b in
      var end = to
      if end > from, b[end - 1] == 0x0A { end -= 1 }
      if end > from, b[end - 1] == 0x0D { end -= 1 }
      while end > from, b[end - 1] == 0x20 || b[end - 1] == 0x09 { end -= 1 }
      while end > from {
        let c = b[end - 1]
        if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D {
          end -= 1
        } else if end - 3 >= from, b[end - 3] == 0xE2, b[end - 2] == 0x80, c == 0x99 || c == 0x9D {
          end -= 3
        } else {
          break
        }
      }
      while end > from, b[end - 1] == 0x2E || b[end - 1] == 0x3F || b[end - 1] == 0x21 { end -= 1 }
      var i = from
      while i < end {
        let c = b[i]
        if c >= 0x80 {
          guard let width = ICUSegmenter.otherWidth(b, at: i, end: end) else { return false }
          i += width
          continue
        }
        if c == 0x7F || (c < 0x20 && c != 0x09) || c == 0x3F || c == 0x21 { return false }
        if c == 0x2E, i + 1 == end || b[i + 1] < 0x30 || b[i + 1] > 0x39 { return false }
        i += 1
      }
      return true
    }
  }
}
