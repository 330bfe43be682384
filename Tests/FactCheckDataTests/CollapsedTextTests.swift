import Testing

@testable import FactCheckData

/// `CollapsedText` reads bytes with shortcuts (a byte above 0x20 that cannot lead a wide space
/// is skipped with one compare); a plain reading by scalars is the reference.
@Suite struct CollapsedTextTests {
  static let pieces = [
    "word", " ", "  ", "\t", "\n", "\r\n", "\u{0C}", "\u{A0}", "\u{202F}", "\u{2009}", "é",
    "€", "—", "–", "\u{2028}", "’", "Ā", "£1,596", "x", "\u{200B}", "\u{C2}\u{A0}",
  ]

  /// Runs of HTML space made one space, none at either end, over all the pieces appended.
  static func reference(_ chunks: [String]) -> String {
    let scalars = chunks.joined().unicodeScalars
    let words = scalars.split(whereSeparator: HTMLWalker.isSpace)
    return words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
  }

  @Test func collapsesAsAScalarReadingDoes() {
    var random = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      var chunks: [String] = []
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        var chunk = ""
        for _ in 0..<Int.random(in: 0...12, using: &random) {
          chunk += Self.pieces.randomElement(using: &random)!
        }
        chunks.append(chunk)
      }
      var collapsed = CollapsedText()
      for chunk in chunks {
        var copy = chunk
        copy.withUTF8 { collapsed.append($0) }
      }
      let got = String(decoding: collapsed.bytes, as: UTF8.self)
      #expect(got == Self.reference(chunks), "\(chunks.debugDescription)")
    }
  }
}

extension CollapsedTextTests {
  /// Long runs, where `isPlain` takes eight bytes at a time: words, single and double spaces,
  /// wide spaces, bytes that lead other characters (0xC2 of £, 0xE2 of —), control bytes.
  @Test func collapsesLongRunsAsAScalarReadingDoes() {
    let pieces = ["a", "ab", "word", "1,596", " ", " ", " ", "  ", "\n", "\t", "\u{01}", "£", "—", "’",
                  "\u{A0}", "\u{202F}", "\u{2009}", "é", "x y", "\u{C2}\u{A0}"]
    var random = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      var chunks: [String] = []
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        var chunk = ""
        for _ in 0..<Int.random(in: 0...60, using: &random) { chunk += pieces.randomElement(using: &random)! }
        chunks.append(chunk)
      }
      var collapsed = CollapsedText()
      for chunk in chunks {
        var copy = chunk
        copy.withUTF8 { collapsed.append($0) }
      }
      #expect(String(decoding: collapsed.bytes, as: UTF8.self) == Self.reference(chunks), "\(chunks.debugDescription)")
    }
  }

  /// Runs long enough for sixteen bytes at a time, with the byte that stops a block (a double
  /// space, a tab, a wide space, the lead of £) falling at every place in it and just after.
  @Test func collapsesSixteenByteBlocksAsAScalarReadingDoes() {
    let pieces = ["abcdefghijklmnop", "abcdefg", "abc", "a", " ", " ", " ", "  ", "\t", "£", "\u{A0}", "\n"]
    var random = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      var chunk = ""
      for _ in 0..<Int.random(in: 0...24, using: &random) { chunk += pieces.randomElement(using: &random)! }
      var collapsed = CollapsedText()
      var copy = chunk
      copy.withUTF8 { collapsed.append($0) }
      #expect(String(decoding: collapsed.bytes, as: UTF8.self) == Self.reference([chunk]), "\(chunk.debugDescription)")
    }
  }

  /// `isPlain` against its definition, byte by byte.
  @Test func plainWordsAreThoseTheByteLoopTakesWhole() {
    let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x20, 0x21, 0x41, 0x7F, 0x80, 0xA0, 0xC1, 0xC2, 0xC3, 0xE1, 0xE2, 0xE3, 0xFF]
    func takes(_ b: UInt8) -> Bool { b > 0x20 && b != 0xC2 && b != 0xE2 }
    var random = SystemRandomNumberGenerator()
    for _ in 0..<50_000 {
      let bytes = (0..<8).map { _ in
        Int.random(in: 0..<3, using: &random) > 0 ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
      }
      let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
      let plain = (0..<8).allSatisfy { k in takes(bytes[k]) || (bytes[k] == 0x20 && k < 7 && takes(bytes[k + 1])) }
      #expect(CollapsedText.isPlain(word) == plain, "\(bytes)")
    }
  }
}

/// An element's kind read from its name's bytes is the kind read from the lowercased String.
@Suite struct ElementKindTests {
  @Test func byteKeysAgreeWithStrings() {
    var names = Array(HTMLWalker.dropped.union(HTMLWalker.blocks)) + [
      "head", "meta", "time", "span", "a", "", "blockquotes", "figcaption", "abcdefgh", "abcdefghi",
      "HEADER", "Meta", "H1", "ARTICLE", "NoScript", "tĩme", "h1\u{301}", "x-custom-element",
    ]
    var random = SystemRandomNumberGenerator()
    let letters = Array("abcdefghHEADmetirlp1-é".unicodeScalars)
    for _ in 0..<2_000 {
      var name = ""
      for _ in 0..<Int.random(in: 1...11, using: &random) {
        name.unicodeScalars.append(letters.randomElement(using: &random)!)
      }
      names.append(name)
    }
    for name in names {
      let fromBytes = name.withCString { c in
        c.withMemoryRebound(to: UInt8.self, capacity: name.utf8.count + 1) { HTMLWalker.ElementKind($0) }
      }
      #expect(fromBytes == HTMLWalker.ElementKind(name.lowercased()), "\(name)")
    }
  }
}

/// `CSVTable` decodes unquoted fields from their slice and `trimmingSpaces` skips the
/// Character loop when neither end byte is a space; spelled-out expectations are the reference.
@Suite struct CSVFastPathTests {
  @Test func quotedThenPlainBytesJoin() {
    let table = CSVTable(bytes: Array("a,b,c\n\"x\"\"y\"z,\"\"w,plain\r\n,é ,\n".utf8))
    #expect(table.header.map(\.text) == ["a", "b", "c"])
    #expect(table.rows.map { $0.map(\.text) } == [["x\"yz", "w", "plain"], ["", "é ", ""]])
    #expect(table.rows[0].map(\.offset) == [6, 14, 18])
  }

  @Test func trimsAsTheCharacterLoopDoes() {
    func reference(_ s: String) -> String {
      var s = s[...]
      while s.first == " " { s.removeFirst() }
      while s.last == " " { s.removeLast() }
      return String(s)
    }
    for text in ["", " ", "  a ", "a", "a b", " \u{301}x", "x \u{301}", "é", " é ", "\u{A0}a"] {
      #expect(text.trimmingSpaces == reference(text), "\(text.debugDescription)")
    }
  }
}

/// `DatasetTables.list` skips the split when there is no `;`; the split is the reference.
@Suite struct ListFastPathTests {
  @Test func readsAsTheSplitDoes() {
    for text in ["", " ", "a", " a ", "a;b", "a; ;b", ";", " ; ", "x\u{301}", ";\u{301}", "é ;ü"] {
      let reference = text.split(separator: ";").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
      #expect(DatasetTables.list(text) == reference, "\(text.debugDescription)")
    }
  }
}

extension CollapsedTextTests {
  /// Paragraphs written into one text: each collapsed alone, those with text joined by a blank
  /// line, as when each was collapsed apart and the non-empty ones joined.
  @Test func paragraphsCollapseApartAndJoinWithABlankLine() {
    let pieces = Self.pieces + ["a", "word", " ", "\n\n", "\u{A0}"]
    var random = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      var paragraphs: [[String]] = []
      var collapsed = CollapsedText()
      for p in 0..<Int.random(in: 0...5, using: &random) {
        if p > 0 || Bool.random(using: &random) { collapsed.breakParagraph() }
        var chunks: [String] = []
        for _ in 0..<Int.random(in: 0...3, using: &random) {
          var chunk = ""
          for _ in 0..<Int.random(in: 0...10, using: &random) { chunk += pieces.randomElement(using: &random)! }
          chunks.append(chunk)
          var copy = chunk
          copy.withUTF8 { collapsed.append($0) }
        }
        paragraphs.append(chunks)
      }
      let expected = paragraphs.map(Self.reference).filter { !$0.isEmpty }.joined(separator: "\n\n")
      #expect(String(decoding: collapsed.bytes, as: UTF8.self) == expected, "\(paragraphs.debugDescription)")
      collapsed.removeAll()
      collapsed.append(UnsafeBufferPointer(start: nil, count: 0))
      var word = "x"
      word.withUTF8 { collapsed.append($0) }
      #expect(collapsed.bytes == [0x78])
    }
  }
}
